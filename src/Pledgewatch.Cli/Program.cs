using System.CommandLine;
using Pledgewatch.Cli.Commands;

var root = new RootCommand("Pledgewatch: code news reports into PLOVER event records with commitments.");
root.Subcommands.Add(CodeCommand.Create());
return root.Parse(args).Invoke();
