using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Pledgewatch.Ledger.Storage;
using Pledgewatch.Web.Hosting;
using Pledgewatch.Web.Security;

namespace Pledgewatch.Web.Tests.Support;

/// <summary>
/// The app on Kestrel on a free loopback port (a browser needs a real socket), composed as <c>pledgewatch serve</c>
/// composes it, over a fresh seeded ledger with a reviewer.
/// </summary>
public sealed class LiveServer : IAsyncLifetime
{
    private readonly string _dir = Directory.CreateTempSubdirectory("pledgewatch-live-").FullName;
    private WebApplication? _app;

    public string Url { get; private set; } = "";

    public LedgerStore Store => _app!.Services.GetRequiredService<LedgerStore>();

    public async ValueTask InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(WebServices).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration["Pledgewatch:Db"] = Path.Combine(_dir, "ledger.db");
        builder.Configuration["Pledgewatch:ApiPermitsPerMinute"] = "0";
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddPledgewatchWeb();
        _app = builder.Build();
        _app.UsePledgewatchWeb();
        await _app.StartAsync();
        Url = _app.Urls.First();
        Some.Seed(Store);
        Store.AddUser("rita", Roles.Reviewer, PasswordHashing.Hash(WebAppFactory.Password), "test");
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }
}
