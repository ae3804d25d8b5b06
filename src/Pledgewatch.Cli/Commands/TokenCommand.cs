using System.CommandLine;
using Pledgewatch.Web.Security;

namespace Pledgewatch.Cli.Commands;

/// <summary>
/// <c>pledgewatch token create NAME</c>: an API token acting as user NAME (with its role), printed once; the ledger
/// keeps its SHA-256. <c>token list [NAME]</c> shows ids, users and states; <c>token revoke ID</c> ends a token for good.
/// </summary>
internal static class TokenCommand
{
    public static Command Create()
    {
        var command = new Command("token", "Manage API tokens.");
        command.Subcommands.Add(CreateToken());
        command.Subcommands.Add(ListTokens());
        command.Subcommands.Add(RevokeToken());
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
            var store = LedgerAccess.OpenExisting(parse.GetValue(db));
            var account = store.FindUser(parse.GetValue(name)!) ?? throw new CliError($"no user '{parse.GetValue(name)}' (add one with 'pledgewatch user add')");
            var token = ApiTokens.Create();
            var id = store.AddToken(account, ApiTokens.Hash(token), LedgerAccess.Who(parse.GetValue(user)));
            Console.WriteLine(token);
            Console.Error.WriteLine($"pledgewatch: token {id} for {account.Name} ({account.Role}); send it as 'Authorization: Bearer <token>'. It is not stored and cannot be shown again; 'pledgewatch token revoke {id}' ends it.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command ListTokens()
    {
        var db = LedgerAccess.DbOption();
        var name = new Argument<string?>("NAME") { Description = "Only this user's tokens.", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("list", "List API tokens: id, user, role, created, revoked (never the tokens themselves).") { name, db };
        command.SetAction(parse =>
        {
            var tokens = LedgerAccess.OpenExisting(parse.GetValue(db)).Tokens(parse.GetValue(name));
            if (tokens.Count == 0) Console.Error.WriteLine("pledgewatch: no tokens");
            foreach (var t in tokens)
                Console.WriteLine($"{t.Id,5}  {t.UserName,-20} {t.Role,-9} created {t.CreatedAt}  {(t.RevokedAt is null ? "live" : "revoked " + t.RevokedAt)}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command RevokeToken()
    {
        var db = LedgerAccess.DbOption();
        var user = LedgerAccess.UserOption();
        var id = new Argument<long>("ID") { Description = "The token's id (printed by 'token create' and 'token list')." };
        var command = new Command("revoke", "Revoke an API token: it stops working at once; the audit log records who revoked it.") { id, db, user };
        command.SetAction(parse =>
        {
            var tokenId = parse.GetValue(id);
            if (LedgerAccess.OpenExisting(parse.GetValue(db)).RevokeToken(tokenId, LedgerAccess.Who(parse.GetValue(user))) is { } error) throw new CliError(error);
            Console.Error.WriteLine($"pledgewatch: token {tokenId} revoked");
            return ExitCodes.Success;
        });
        return command;
    }
}
