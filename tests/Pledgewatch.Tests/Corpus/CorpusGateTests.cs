using Pledgewatch.Cli.Commands;
using Pledgewatch.Tests.Support;

namespace Pledgewatch.Tests.Corpus;

/// <summary>
/// The coder's quality gate: scored with the matching rules of EVENTS.md on the seed report and on the train and dev
/// corpora in ../shared. Skipped, with a message, where ../shared is absent.
/// The seed must come out whole (every required record, none forbidden). Train and dev have floors a little under
/// what the frame engine reaches today (issue 8: train F1 0.42, dev 0.48): they catch a regression, and
/// RecordSnapshotGateTests shows every record that changes. Dev is validation only; no rule is written from it.
/// </summary>
public sealed class CorpusGateTests
{
    [Fact]
    public void SeedReportHasEveryRequiredRecordNoForbiddenOneAndPrecisionAtLeast85()
    {
        var score = EvalCommand.Evaluate(SharedFolder.Require("corpus/seed"), out var problems);
        Assert.Empty(problems);
        var report = score.Format(verbose: true);
        Assert.True(score.FalseNegatives == 0, "missed required records:\n" + report);
        Assert.True(score.ForbiddenCount == 0, "forbidden records:\n" + report);
        // One extra is allowed: the seed line on Canada's work with its allies is coded COOPERATE, which the gold
        // file leaves out.
        Assert.True(score.Precision >= 0.85, $"precision {score.Precision:F3} < 0.85:\n" + report);
    }

    [Theory]
    [InlineData("corpus/train", 0.78, 0.90)]
    [InlineData("corpus/dev", 0.66, 0.73)]
    public void CorpusEventAndCommitmentF1StayAboveTheirFloors(string folder, double eventFloor, double commitmentFloor)
    {
        var score = EvalCommand.Evaluate(SharedFolder.Require(folder), out var problems);
        Assert.Empty(problems);
        var report = score.Format(verbose: true);
        Assert.True(score.F1 >= eventFloor, $"{folder}: event F1 {score.F1:F3} < {eventFloor}:\n" + report);
        Assert.True(score.CommitmentF1 >= commitmentFloor, $"{folder}: commitment F1 {score.CommitmentF1:F3} < {commitmentFloor}:\n" + report);
    }
}
