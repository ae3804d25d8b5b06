using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Pledgewatch.Ledger.Storage;
using Pledgewatch.Web.Security;

namespace Pledgewatch.Web.Tests.Support;

/// <summary>
/// The app on the ASP.NET test host over a fresh SQLite ledger of its own (one per test class, as a class fixture),
/// seeded with <see cref="Some.Seed"/> and three users, each with a token: viewer, reviewer, admin.
/// </summary>
public class WebAppFactory : WebApplicationFactory<Program>
{
    public const string Password = "correct horse battery";

    private readonly string _dir = Directory.CreateTempSubdirectory("pledgewatch-web-").FullName;
    private readonly Dictionary<string, string> _tokens = [];

    public string Db => Path.Combine(_dir, "ledger.db");

    /// <summary>Settings on top of the defaults (e.g. OpenReading=false), as configuration keys under Pledgewatch.</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    /// <summary>The app's ledger, seeded first, so a test may change entries before it makes its first request.</summary>
    public LedgerStore Store
    {
        get
        {
            EnsureSeeded();
            return Services.GetRequiredService<LedgerStore>();
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Pledgewatch:Db", Db);
        builder.UseSetting("Pledgewatch:ApiPermitsPerMinute", "0");
        builder.UseSetting("Pledgewatch:SignInPermitsPerMinute", "0");
        foreach (var (key, value) in Settings) builder.UseSetting($"Pledgewatch:{key}", value);
        builder.UseEnvironment("Production");
    }

    /// <summary>Seeds the ledger and the users once, before the first client.</summary>
    public void EnsureSeeded()
    {
        lock (_tokens)
        {
            if (_tokens.Count > 0) return;
            var store = Services.GetRequiredService<LedgerStore>();
            Some.Seed(store);
            foreach (var role in Roles.All)
            {
                var user = $"{role}-user";
                store.AddUser(user, role, PasswordHashing.Hash(Password), "test");
                var token = ApiTokens.Create();
                store.AddToken(store.FindUser(user)!, ApiTokens.Hash(token), "test");
                _tokens[role] = token;
            }
        }
    }

    /// <summary>A client without credentials, or with the token of a user in <paramref name="role"/>.</summary>
    public HttpClient Client(string? role = null)
    {
        EnsureSeeded();
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        if (role is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _tokens[role]);
        return client;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }
}
