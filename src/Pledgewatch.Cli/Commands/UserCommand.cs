using System.CommandLine;
using Pledgewatch.Web.Security;

namespace Pledgewatch.Cli.Commands;

/// <summary>
/// <c>pledgewatch user add NAME --role viewer|reviewer|admin [--replace]</c>: a web user. The password comes from
/// PLEDGEWATCH_PASSWORD, else the first line of standard input, else a prompt; only its PBKDF2 hash is stored.
/// </summary>
internal static class UserCommand
{
    public const string PasswordVariable = "PLEDGEWATCH_PASSWORD";

    public static Command Create()
    {
        var command = new Command("user", "Manage web users.");
        command.Subcommands.Add(Add());
        return command;
    }

    private static Command Add()
    {
        var db = LedgerAccess.DbOption();
        var user = LedgerAccess.UserOption();
        var name = new Argument<string>("NAME") { Description = "The sign-in name." };
        var role = new Option<string>("--role") { Description = "viewer (read), reviewer (also ingest, review, edit) or admin.", Required = true };
        role.AcceptOnlyFromAmong([.. Roles.All]);
        var replace = new Option<bool>("--replace") { Description = "Change the role and password of an existing user." };
        var command = new Command("add", $"Add a user (password from ${PasswordVariable}, standard input or a prompt).") { name, role, replace, db, user };
        command.SetAction(parse =>
        {
            var who = parse.GetValue(name)!.Trim();
            if (who.Length is 0 or > 100 || who.Any(char.IsControl)) throw new CliError("NAME takes 1 to 100 printable characters", ExitCodes.Usage);
            var password = ReadPassword();
            if (password.Length < 8) throw new CliError("the password needs at least 8 characters", ExitCodes.Usage);
            var store = LedgerAccess.OpenExisting(parse.GetValue(db));
            var id = store.AddUser(who, parse.GetValue(role)!, PasswordHashing.Hash(password), LedgerAccess.Who(parse.GetValue(user)), parse.GetValue(replace));
            if (id is null) throw new CliError($"user '{who}' exists already (--replace changes it)");
            Console.WriteLine($"user {who} ({parse.GetValue(role)}) saved");
            return ExitCodes.Success;
        });
        return command;
    }

    private static string ReadPassword()
    {
        if (Environment.GetEnvironmentVariable(PasswordVariable) is { Length: > 0 } fromEnvironment) return fromEnvironment;
        if (Console.IsInputRedirected) return Console.In.ReadLine()?.TrimEnd('\r', '\n') ?? "";
        Console.Error.Write("password: ");
        var chars = new System.Text.StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace) { if (chars.Length > 0) chars.Length--; }
            else if (!char.IsControl(key.KeyChar)) chars.Append(key.KeyChar);
        }
        Console.Error.WriteLine();
        return chars.ToString();
    }
}
