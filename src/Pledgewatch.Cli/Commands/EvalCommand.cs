using System.CommandLine;
using Pledgewatch.Evaluation;
using Pledgewatch.Reading;

namespace Pledgewatch.Cli.Commands;

/// <summary>
/// <c>pledgewatch eval GOLD_DIR [--verbose]</c>: codes every document that has a gold file (with the gold file's
/// publication date and outlet country) and scores it with the matching rules of EVENTS.md.
/// </summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var dir = new Argument<string>("GOLD_DIR") { Description = "A folder with NAME.gold.json files and the NAME.txt reports beside them." };
        var verbose = new Option<bool>("--verbose") { Description = "List what was missed, extra and forbidden in each document." };
        var command = new Command("eval", "Score the coder on annotated reports (same figures as ../shared/tools/score-events).") { dir, verbose };
        command.SetAction(parse =>
        {
            var score = Evaluate(parse.GetValue(dir)!, out var problems);
            foreach (var p in problems) Console.Error.WriteLine($"pledgewatch: {p}");
            Console.Out.Write(score.Format(parse.GetValue(verbose)));
            return problems.Count == 0 ? ExitCodes.Success : ExitCodes.Failure;
        });
        return command;
    }

    /// <summary>Codes and scores a gold folder; documents that cannot be read are scored as predicting nothing and listed in <paramref name="problems"/>.</summary>
    public static CorpusScore Evaluate(string goldDir, out List<string> problems)
    {
        if (!Directory.Exists(goldDir)) throw new CliError($"{goldDir}: no such folder");
        IReadOnlyList<GoldFile> golds;
        try
        {
            golds = GoldFile.LoadAll(goldDir);
        }
        catch (InvalidDataException e)
        {
            throw new CliError(e.Message);
        }
        if (golds.Count == 0) throw new CliError($"{goldDir}: no *.gold.json files");
        var pipeline = CodingPipeline.Create();
        problems = [];
        var scores = new List<DocumentScore>();
        foreach (var gold in golds)
        {
            var records = new List<Records.EventRecord>();
            if (gold.TextPath is null) problems.Add($"{gold.Doc}: no {gold.Doc}.txt beside its gold file");
            else
            {
                var read = InputLoader.Load(gold.TextPath, gold.Published, gold.OutletCountry);
                if (read.Document is { } document)
                    records.AddRange(pipeline.Code(document with { Id = gold.Doc }, document.Published ?? DateOnly.FromDateTime(DateTime.Now)));
                else problems.Add(read.Error!);
            }
            scores.Add(Scorer.Score(gold, records));
        }
        return new CorpusScore(scores);
    }
}
