using Pledgewatch.Comparisons.Datasets;
using static Pledgewatch.Comparisons.Datasets.CommitmentMatcher;

namespace Pledgewatch.Comparisons.Tests.Datasets;

/// <summary>Which coded entry is which imported commitment: same donor, recipients and month, amounts within 1% in EUR, each import matched once.</summary>
public sealed class CommitmentMatcherTests
{
    private static Candidate News(long id, string actor, string month, double eur, string recipients = "+UKR+") => new(id, "news", actor, recipients, month, eur);

    private static Candidate Kiel(long id, string actor, string month, double eur, string recipients = "+UKR+") => new(id, "kiel", actor, recipients, month, eur);

    [Fact]
    public void AmountsWithinOnePercentInTheSameMonthAreOneCommitment()
    {
        Assert.Equal([(1L, 10L)], Match([News(1, "CAN", "2023-02", 100.9e6), Kiel(10, "CAN", "2023-02", 100e6)]));
        Assert.Empty(Match([News(1, "CAN", "2023-02", 101.1e6), Kiel(10, "CAN", "2023-02", 100e6)]));
    }

    [Fact]
    public void AnotherDonorRecipientOrMonthIsAnotherCommitment()
    {
        Assert.Empty(Match([News(1, "CAN", "2023-02", 100e6), Kiel(10, "USA", "2023-02", 100e6)]));
        Assert.Empty(Match([News(1, "CAN", "2023-02", 100e6), Kiel(10, "CAN", "2023-02", 100e6, "+MDA+")]));
        Assert.Empty(Match([News(1, "CAN", "2023-02", 100e6), Kiel(10, "CAN", "2023-03", 100e6)]));
        Assert.Empty(Match([News(1, "CAN", "2023-02", 100e6), News(2, "CAN", "2023-02", 100e6)]));
    }

    [Fact]
    public void AnImportedEntryIsTheMatchOfOneCodedEntryTheClosestInAmount()
    {
        Assert.Equal([(1L, 11L), (2L, 10L)],
            Match([News(1, "CAN", "2023-02", 100.2e6), News(2, "CAN", "2023-02", 100.5e6), Kiel(10, "CAN", "2023-02", 100.6e6), Kiel(11, "CAN", "2023-02", 100.1e6)]));
        Assert.Equal([(1L, 10L)], Match([News(1, "CAN", "2023-02", 100e6), News(2, "CAN", "2023-02", 100e6), Kiel(10, "CAN", "2023-02", 100e6)]));
    }
}
