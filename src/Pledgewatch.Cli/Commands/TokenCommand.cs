using System.CommandLine;
using Pledgewatch.Web.Security;

namespace Pledgewatch.Cli.Commands;

/// <summary><c>pledgewatch token create NAME</c>: an API token acting as user NAME (with its role), printed once; the ledger keeps its SHA-256.</summary>
internal static class TokenCommand
{
    public static Command Create()
    {
        var command = new Command("token", "Manage API tokens.");
        command.Subcommands.Add(CreateToken());
        return command;
    }

    private static Command CreateToken()
    {
        var db = LedgerAccess.DbOption();
        var user = LedgerAccess.UserOption();
        var name = new Argument<string>("NAME") { Description = "The user the token acts as (see 'pledgewatch user add')." };
        var command = new Command("create", "Create an API token for a user and print it (it cannot be shown again).") { name, db, user };
        command.SetAction(parse =>
        {
            var store = LedgerAccess.Open(parse.GetValue(db));
            var account = store.FindUser(parse.GetValue(name)!) ?? throw new CliError($"no user '{parse.GetValue(name)}' (add one with 'pledgewatch user add')");
            var token = ApiTokens.Create();
            store.AddToken(account, ApiTokens.Hash(token), LedgerAccess.Who(parse.GetValue(user)));
            Console.WriteLine(token);
            Console.Error.WriteLine($"pledgewatch: token for {account.Name} ({account.Role}); send it as 'Authorization: Bearer <token>'. It is not stored and cannot be shown again.");
            return ExitCodes.Success;
        });
        return command;
    }
}
