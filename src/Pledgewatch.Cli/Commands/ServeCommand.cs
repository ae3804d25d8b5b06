using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Pledgewatch.Web.Hosting;

namespace Pledgewatch.Cli.Commands;

/// <summary><c>pledgewatch serve [--db] [--urls http://127.0.0.1:5080]</c>: the web app (pages, API, feed) on the ledger until Ctrl+C.</summary>
internal static class ServeCommand
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public static Command Create()
    {
        var db = LedgerAccess.DbOption();
        var urls = new Option<string>("--urls") { Description = $"Where to listen, ';'-separated (default {DefaultUrls}; loopback only unless you say otherwise).", DefaultValueFactory = _ => DefaultUrls };
        var command = new Command("serve", "Serve the dashboard, review pages, REST API (/api/v1) and Atom feed. Settings: Pledgewatch__OpenReading, Pledgewatch__ApiPermitsPerMinute, … (environment).") { db, urls };
        command.SetAction(parse =>
        {
            // Open (and migrate) once here, so a wrong --db is one clear line rather than a failed first request.
            LedgerAccess.OpenExisting(parse.GetValue(db));
            var builder = WebApplication.CreateBuilder(new WebApplicationOptions
            {
                ApplicationName = typeof(WebServices).Assembly.GetName().Name,
                ContentRootPath = AppContext.BaseDirectory,
            });
            if (parse.GetValue(db) is { } target) builder.Configuration[$"{WebOptions.Section}:{nameof(WebOptions.Db)}"] = target;
            builder.WebHost.UseUrls(parse.GetValue(urls)!.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            builder.AddPledgewatchWeb();
            var app = builder.Build();
            app.UsePledgewatchWeb();
            try
            {
                app.Run();
            }
            catch (IOException e)
            {
                throw new CliError($"cannot listen on {parse.GetValue(urls)} ({e.Message})");
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
