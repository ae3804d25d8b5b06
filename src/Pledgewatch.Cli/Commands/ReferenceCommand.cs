using System.CommandLine;
using Pledgewatch.Reference.Importers;

namespace Pledgewatch.Cli.Commands;

/// <summary>
/// <c>pledgewatch reference import DIR [--out DIR]</c>: rebuilds the bundled reference tables (countries.tsv,
/// officeholders.csv, places.tsv) from the official files in DIR, as published. Exit code 0 when everything was
/// imported, 1 when some rows or files were skipped (each is listed on standard error), 2 when nothing was written.
/// <c>reference update</c> and <c>reference show</c> manage the comparison data (<see cref="ReferenceUpdate"/>).
/// </summary>
internal static class ReferenceCommand
{
    public static Command Create()
    {
        var source = new Argument<string>("DIR") { Description = "Directory with countries.json, officeholders/*.csv and geonames-cities15000.txt." };
        var output = new Option<string>("--out") { Description = "Where to write the tables (default: the current directory); the project keeps them in src/Pledgewatch/Reference/Data.", DefaultValueFactory = _ => "." };
        var import = new Command("import", "Import the official reference files into the tables the coder ships.") { source, output };
        import.SetAction(parse =>
        {
            var from = parse.GetValue(source)!;
            if (!Directory.Exists(from))
            {
                Console.Error.WriteLine($"reference import: no such directory: {from}");
                return 2;
            }
            var report = ReferenceImporter.Run(from, parse.GetValue(output)!);
            foreach (var path in report.Written) Console.WriteLine($"wrote {path}");
            foreach (var problem in report.Problems) Console.Error.WriteLine($"skipped {problem}");
            return report.Written.Count == 0 ? 2 : report.Problems.Count == 0 ? 0 : 1;
        });
        return new Command("reference", "Manage the bundled reference data.") { import, ReferenceUpdate.Create(), ReferenceUpdate.CreateShow() };
    }
}
