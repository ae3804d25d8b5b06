using System.CommandLine;
using System.Text;
using Pledgewatch.Evaluation;
using Pledgewatch.Records;

namespace Pledgewatch.Cli.Commands;

/// <summary>
/// <c>pledgewatch eval DIR... [--verbose] [--snapshot FILE [--update-snapshot]]</c>: codes every document that has a
/// gold file (NAME.txt, NAME.html or NAME.htm beside NAME.gold.json, with the gold file's publication date and outlet
/// country) and scores it with the matching rules of EVENTS.md, per folder and, for several folders, overall. With
/// <c>--snapshot</c> it compares the records with a records snapshot (<see cref="RecordSnapshot"/>) and prints what was
/// added, removed or changed; <c>--update-snapshot</c> rewrites the snapshot's lines of the folders evaluated. Exit
/// code 0; 1 when a document could not be read or the records differ from the snapshot; 2 for a missing folder, a
/// folder without gold files, a missing snapshot file or another bad command line.
/// </summary>
internal static class EvalCommand
{
    public const string UpdateSnapshotCommand =
        "dotnet run --project src/Pledgewatch.Cli -c Release -- eval ../shared/corpus/seed ../shared/corpus/dev ../shared/corpus/train "
        + "--snapshot tests/Pledgewatch.Tests/Specs/snapshot/records.tsv --update-snapshot";

    public static Command Create()
    {
        var dirs = new Argument<string[]>("DIR") { Description = "Folders with NAME.gold.json files and the NAME.txt or NAME.html reports beside them.", Arity = ArgumentArity.OneOrMore };
        var verbose = new Option<bool>("--verbose") { Description = "List what was missed, extra and forbidden in each document." };
        var snapshot = new Option<string?>("--snapshot") { Description = "A records snapshot to compare the coded records with (what was added, removed or changed)." };
        var update = new Option<bool>("--update-snapshot") { Description = "Rewrite the --snapshot file with the records coded now (lines of other folders are kept)." };
        var command = new Command("eval", "Score the coder on annotated reports (same figures as ../shared/tools/score-events).") { dirs, verbose, snapshot, update };
        command.SetAction(parse => Run(Arguments.Paths(parse.GetValue(dirs)!), parse.GetValue(verbose), parse.GetValue(snapshot), parse.GetValue(update)));
        return command;
    }

    private static int Run(string[] dirs, bool verbose, string? snapshotPath, bool update)
    {
        if (update && snapshotPath is null) throw new CliError("--update-snapshot needs --snapshot FILE", ExitCodes.Usage);
        if (snapshotPath is not null && !update && !File.Exists(snapshotPath))
            throw new CliError($"{snapshotPath}: no such snapshot (--update-snapshot creates it)", ExitCodes.Usage);
        var folders = CodeFolders(dirs, out var problems);
        foreach (var p in problems) Console.Error.WriteLine($"pledgewatch: {p}");
        Console.Out.Write(Report(folders, verbose));
        int exit = problems.Count == 0 ? ExitCodes.Success : ExitCodes.Failure;
        if (snapshotPath is not null && !CompareSnapshot(folders, snapshotPath, update)) exit = ExitCodes.Failure;
        return exit;
    }

    /// <summary>The figures: one folder as score-events prints them; several folder by folder, then a table with the overall figures.</summary>
    internal static string Report(IReadOnlyList<CodedFolder> folders, bool verbose)
    {
        if (folders.Count == 1) return folders[0].Score.Format(verbose);
        var s = new StringBuilder();
        foreach (var f in folders) s.Append("== ").Append(f.Name).Append(" (").Append(f.Path).Append(") ==\n").Append(f.Score.Format(verbose)).Append('\n');
        var overall = new CorpusScore([.. folders.SelectMany(f => f.Score.Documents)]);
        s.Append(CorpusScore.TableHeader).Append('\n');
        foreach (var f in folders) s.Append(f.Score.FormatRow(f.Name)).Append('\n');
        s.Append(overall.FormatRow("overall")).Append('\n');
        s.Append("overall: ").Append(overall.FormatTotals()).Append('\n');
        return s.ToString();
    }

    /// <summary>Prints the differences from the snapshot (and rewrites it when asked); true when there were none or it was updated.</summary>
    private static bool CompareSnapshot(IReadOnlyList<CodedFolder> folders, string path, bool update)
    {
        var problems = new List<string>();
        List<SnapshotLine> saved = [];
        if (File.Exists(path))
            using (var reader = new StreamReader(path)) saved = RecordSnapshot.Read(reader, path, problems);
        foreach (var p in problems) Console.Error.WriteLine($"pledgewatch: {p}");
        var names = folders.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        var now = Lines(folders);
        var changes = SnapshotDiff.Compare(saved.Where(l => names.Contains(l.Corpus)), now);
        Console.Out.Write($"snapshot {path}: {SnapshotDiff.Summary(changes)}\n");
        Console.Out.Write(SnapshotDiff.Format(changes));
        if (!update) return changes.Count == 0 && problems.Count == 0;
        var kept = saved.Where(l => !names.Contains(l.Corpus)).Concat(now).ToList();
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using (var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
            RecordSnapshot.Write(kept, writer);
        Console.Out.Write($"snapshot {path}: written, {kept.Count} records\n");
        return true;
    }

    /// <summary>The snapshot lines of the records of <paramref name="folders"/>.</summary>
    public static List<SnapshotLine> Lines(IEnumerable<CodedFolder> folders) =>
        [.. folders.SelectMany(f => f.Records.Select(r => RecordSnapshot.Line(f.Name, r)))];

    /// <summary>Codes and scores a gold folder; documents that cannot be read are scored as predicting nothing and listed in <paramref name="problems"/>.</summary>
    public static CorpusScore Evaluate(string goldDir, out List<string> problems) => CodeFolders([goldDir], out problems)[0].Score;

    /// <summary>
    /// Codes the documents of each gold folder, with one pipeline. Throws a <see cref="CliError"/> (exit 2) for a missing
    /// folder, one without gold files, an unreadable gold file, or two folders of the same name (the snapshot keys
    /// records by folder name); a document that cannot be read is listed in <paramref name="problems"/>.
    /// </summary>
    public static List<CodedFolder> CodeFolders(IReadOnlyList<string> dirs, out List<string> problems)
    {
        var golds = new List<(string Name, string Path, IReadOnlyList<GoldFile> Files)>();
        foreach (var dir in dirs)
        {
            if (!Directory.Exists(dir)) throw new CliError($"{dir}: no such folder", ExitCodes.Usage);
            var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(dir)));
            if (golds.Any(g => g.Name == name)) throw new CliError($"{dir}: a second folder named '{name}' (the snapshot keys records by folder name)", ExitCodes.Usage);
            IReadOnlyList<GoldFile> files;
            try
            {
                files = GoldFile.LoadAll(dir);
            }
            catch (InvalidDataException e)
            {
                throw new CliError(e.Message, ExitCodes.Usage);
            }
            if (files.Count == 0) throw new CliError($"{dir}: no *.gold.json files", ExitCodes.Usage);
            golds.Add((name, dir, files));
        }
        var pipeline = CodingPipeline.Create();
        problems = [];
        var folders = new List<CodedFolder>();
        foreach (var (name, path, files) in golds)
        {
            var records = new List<EventRecord>();
            var scores = new List<DocumentScore>();
            foreach (var gold in files)
            {
                var coded = Code(pipeline, gold, problems);
                records.AddRange(coded);
                scores.Add(Scorer.Score(gold, coded));
            }
            folders.Add(new CodedFolder(name, path, records, new CorpusScore(scores)));
        }
        return folders;
    }

    private static List<EventRecord> Code(CodingPipeline pipeline, GoldFile gold, List<string> problems)
    {
        if (gold.DocumentPath is not { } documentPath)
        {
            problems.Add($"{gold.Doc}: no {gold.Doc}.txt or {gold.Doc}.html beside its gold file");
            return [];
        }
        var read = InputLoader.Load(documentPath, gold.Published, gold.OutletCountry);
        if (read.Document is not { } document)
        {
            problems.Add(read.Error!);
            return [];
        }
        return [.. pipeline.Code(document with { Id = gold.Doc }, document.Published ?? DateOnly.FromDateTime(DateTime.Now))];
    }
}
