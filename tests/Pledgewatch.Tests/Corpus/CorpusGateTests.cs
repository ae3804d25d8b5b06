using Pledgewatch.Cli.Commands;
using Pledgewatch.Tests.Support;

namespace Pledgewatch.Tests.Corpus;

/// <summary>
/// The coder's quality gate (issue 2, "What must hold"): scored with the matching rules of EVENTS.md on the seed report
/// and the dev corpus in ../shared. Skipped, with a message, where ../shared is absent.
/// </summary>
public sealed class CorpusGateTests
{
    [Fact]
    public void SeedReportHasEveryRequiredRecordNoForbiddenOneAndPrecisionAtLeast90()
    {
        var score = EvalCommand.Evaluate(SharedFolder.Require("corpus/seed"), out var problems);
        Assert.Empty(problems);
        var report = score.Format(verbose: true);
        Assert.True(score.FalseNegatives == 0, "missed required records:\n" + report);
        Assert.True(score.ForbiddenCount == 0, "forbidden records:\n" + report);
        Assert.True(score.Precision >= 0.9, $"precision {score.Precision:F3} < 0.9:\n" + report);
    }

    [Fact]
    public void DevCorpusEventF1AtLeast85AndCommitmentF1AtLeast90()
    {
        var score = EvalCommand.Evaluate(SharedFolder.Require("corpus/dev"), out var problems);
        Assert.Empty(problems);
        var report = score.Format(verbose: true);
        Assert.True(score.F1 >= 0.85, $"event F1 {score.F1:F3} < 0.85:\n" + report);
        Assert.True(score.CommitmentF1 >= 0.9, $"commitment F1 {score.CommitmentF1:F3} < 0.9:\n" + report);
    }
}
