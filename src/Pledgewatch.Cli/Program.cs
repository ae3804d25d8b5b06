using System.CommandLine;
using Pledgewatch.Cli;
using Pledgewatch.Cli.Commands;

var root = new RootCommand("Pledgewatch: code news reports into PLOVER event records with commitments.");
root.Subcommands.Add(CodeCommand.Create());
root.Subcommands.Add(EvalCommand.Create());
root.Subcommands.Add(ExplainCommand.Create());
root.Subcommands.Add(BenchCommand.Create());
root.Subcommands.Add(ReferenceCommand.Create());
root.Subcommands.Add(IngestCommand.Create());
root.Subcommands.Add(WatchCommand.Create());
root.Subcommands.Add(LedgerCommand.Create());
root.Subcommands.Add(ExportCommand.Create());
root.Subcommands.Add(ImportCommand.Create());
root.Subcommands.Add(ServeCommand.Create());
root.Subcommands.Add(UserCommand.Create());
root.Subcommands.Add(TokenCommand.Create());
root.Subcommands.Add(RankCommand.Create());
root.Subcommands.Add(ClaimCommand.Create());
root.Subcommands.Add(InitCommand.Create());
root.Subcommands.Add(DocumentCommand.Create());
root.Subcommands.Add(RecodeCommand.Create());

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    // One clear line, not a usage dump: the first error says what to fix.
    var message = string.Join(' ', parse.Errors[0].Message.Split((char[])['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
    Console.Error.WriteLine($"pledgewatch: {message} (see 'pledgewatch --help')");
    return ExitCodes.Usage;
}
try
{
    return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (CliError e)
{
    Console.Error.WriteLine($"pledgewatch: {e.Message}");
    return e.ExitCode;
}
catch (Exception e)
{
    Console.Error.WriteLine($"pledgewatch: internal error ({e.GetType().Name}: {e.Message}); please report it with the input that caused it");
    return ExitCodes.Internal;
}
