using Pledgewatch.Ledger.Ingest;
using Pledgewatch.Ledger.Watch;

namespace Pledgewatch.Ledger.Tests.Watch;

public sealed class WatchOptionsTests
{
    [Theory]
    [InlineData(1, 120)]
    [InlineData(2, 240)]
    [InlineData(5, 1920)]
    [InlineData(6, 3600)]
    [InlineData(60, 3600)]
    public void BackOffStartsAtTwoIntervalsAndDoublesUpToAnHour(int failures, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), new WatchOptions(TimeSpan.FromMinutes(1), new IngestOptions()).Backoff(failures));

    [Fact]
    public void BackOffIsNeverShorterThanTheInterval() =>
        Assert.Equal(TimeSpan.FromHours(2), new WatchOptions(TimeSpan.FromHours(2), new IngestOptions()).Backoff(3));

    [Fact]
    public void PercentilesAreNearestRank()
    {
        var values = Enumerable.Range(1, 200).Select(i => TimeSpan.FromMilliseconds(i)).Reverse().ToList();
        Assert.Equal(TimeSpan.FromMilliseconds(100), Percentiles.Of(values, 50));
        Assert.Equal(TimeSpan.FromMilliseconds(198), Percentiles.Of(values, 99));
        Assert.Null(Percentiles.Of([], 50));
    }
}
