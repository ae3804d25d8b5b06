using System.Diagnostics;
using Pledgewatch.Cli.Commands;
using Pledgewatch.Records;
using Pledgewatch.Tests.Support;

namespace Pledgewatch.Tests.Evaluation;

/// <summary><c>pledgewatch eval</c> must print the same figures as ../shared/tools/score-events on the same records.</summary>
public sealed class ScorerParityTests
{
    [Theory]
    [InlineData("corpus/seed")]
    [InlineData("corpus/dev")]
    public void EvalPrintsTheSameFiguresAsTheReferenceScorer(string corpus)
    {
        var gold = SharedFolder.Require(corpus);
        var scorer = SharedFolder.Require("tools/score-events");
        var predictions = Directory.CreateTempSubdirectory("pw-parity-");
        try
        {
            foreach (var goldFile in Pledgewatch.Evaluation.GoldFile.LoadAll(gold))
            {
                var text = File.ReadAllText(goldFile.DocumentPath!);
                var records = Coder.Code(text, goldFile.Published!.Value.ToString("yyyy-MM-dd"), goldFile.OutletCountry, goldFile.Doc);
                File.WriteAllLines(Path.Combine(predictions.FullName, goldFile.Doc + ".jsonl"), records.Select(RecordJson.ToJsonLine));
            }
            var reference = RunPython(scorer, gold, predictions.FullName);
            var ours = EvalCommand.Evaluate(gold, out _).Format(verbose: true);
            Assert.Equal(reference.Trim(), ours.Trim());
        }
        finally
        {
            predictions.Delete(recursive: true);
        }
    }

    private static string RunPython(string script, string gold, string predictions)
    {
        ProcessStartInfo start = new("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in (string[])[script, gold, predictions, "--verbose"]) start.ArgumentList.Add(a);
        Process? process = null;
        try
        {
            process = Process.Start(start);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Skip("python3 is not installed: the reference scorer cannot run");
        }
        var output = process!.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return output;
    }
}
