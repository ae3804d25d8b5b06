using System.CommandLine;
using Pledgewatch.Reference.Importers;

namespace Pledgewatch.Cli.Commands;

/// <summary>
/// <c>pledgewatch reference import [DIR] [--lexicon FILE] [--wordnet DIR] [--cameo FILE --cameo-plover FILE]
/// [--agents FILE] [--armed-groups FILE] [--out DIR]</c>: rebuilds the bundled reference tables from their sources, as
/// published: DIR holds the official files (countries.tsv, officeholders.csv, places.tsv), each option names one other
/// source (the armed groups are checked against the tables bundled in this build). Exit code 0
/// when everything was imported, 1 when some rows or files were skipped (each is listed on standard error), 2 when a
/// named source is missing or nothing was asked for (nothing is written then). A summary of each table (rows read,
/// written, dropped by reason) goes to standard output. <c>reference update</c> and <c>reference show</c> manage the
/// comparison data (<see cref="ReferenceUpdate"/>).
/// </summary>
internal static class ReferenceCommand
{
    public static Command Create()
    {
        var source = new Argument<string?>("DIR") { Description = "Directory with countries.json, officeholders/*.csv and geonames-cities15000.txt.", Arity = ArgumentArity.ZeroOrOne };
        var output = new Option<string>("--out") { Description = "Where to write the tables (default: the current directory); the project keeps them in src/Pledgewatch/Reference/Data.", DefaultValueFactory = _ => "." };
        var lexicon = new Option<string?>("--lexicon") { Description = "npm en-lexicon's dist/lexicon.js → syntax-lexicon.tsv." };
        var wordnet = new Option<string?>("--wordnet") { Description = "WordNet 3.0 directory with verb.exc, noun.exc, adj.exc (Debian: /usr/share/wordnet) → syntax-irregular.tsv." };
        var cameo = new Option<string?>("--cameo") { Description = "PETRARCH2's CAMEO.2.0.txt (with --cameo-plover) → event-frames-cameo.tsv." };
        var plover = new Option<string?>("--cameo-plover") { Description = "CAMEO2PLOVER-2021.txt, the CAMEO-to-PLOVER table (with --cameo)." };
        var agents = new Option<string?>("--agents") { Description = "PETRARCH2's Phoenix.agents.txt → entities-agents.tsv." };
        var armedGroups = new Option<string?>("--armed-groups") { Description = "PETRARCH2's Phoenix.MilNonState.actors.txt → entities-armed-groups.tsv." };
        var import = new Command("import", "Import reference sources into the tables the coder ships.") { source, output, lexicon, wordnet, cameo, plover, agents, armedGroups };
        import.SetAction(parse =>
        {
            var sources = new ReferenceSources(parse.GetValue(source), parse.GetValue(lexicon), parse.GetValue(wordnet),
                parse.GetValue(cameo), parse.GetValue(plover), parse.GetValue(agents), parse.GetValue(armedGroups));
            if (sources.IsEmpty)
            {
                Console.Error.WriteLine("reference import: name a source: DIR for the official files, or --lexicon, --wordnet, --cameo with --cameo-plover, --agents, --armed-groups");
                return ExitCodes.Usage;
            }
            var errors = sources.Check();
            if (errors.Count > 0)
            {
                foreach (var e in errors) Console.Error.WriteLine($"reference import: {e}");
                return ExitCodes.Usage;
            }
            var report = ReferenceImporter.Run(sources, parse.GetValue(output)!);
            foreach (var path in report.Written) Console.WriteLine($"wrote {path}");
            foreach (var line in report.Summary) Console.WriteLine(line);
            foreach (var problem in report.Problems) Console.Error.WriteLine($"skipped {problem}");
            return report.Written.Count == 0 ? ExitCodes.Usage : report.Problems.Count == 0 ? ExitCodes.Success : ExitCodes.Failure;
        });
        return new Command("reference", "Manage the bundled reference data.") { import, CreateCompile(), ReferenceUpdate.Create(), ReferenceUpdate.CreateShow() };
    }

    /// <summary><c>pledgewatch reference compile [DIR]</c>: writes the precompiled tables (places.bin, syntax-lexicon.bin) from DIR's text tables.</summary>
    private static Command CreateCompile()
    {
        var directory = new Argument<string>("DIR")
        {
            Description = $"The tables' directory (default: {TableCompiler.DefaultDirectory}, from the repository root).",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => TableCompiler.DefaultDirectory,
        };
        var compile = new Command("compile", "Precompile the tables the coder loads at start (places.bin from places.tsv and regions.tsv, syntax-lexicon.bin from syntax-lexicon.tsv); run it after changing them.") { directory };
        compile.SetAction(parse =>
        {
            try
            {
                foreach (var path in TableCompiler.Run(parse.GetValue(directory)!)) Console.WriteLine($"wrote {path}");
                return ExitCodes.Success;
            }
            catch (FileNotFoundException e)
            {
                Console.Error.WriteLine($"reference compile: {e.Message}");
                return ExitCodes.Usage;
            }
        });
        return compile;
    }
}
