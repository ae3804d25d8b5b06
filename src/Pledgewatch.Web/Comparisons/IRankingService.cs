namespace Pledgewatch.Web.Comparisons;

/// <summary>
/// Rankings of contributors for the rankings API, the overview's chart and the actor page, in normalised EUR, per
/// capita and as share of GDP (<see cref="ComparisonsRankingService"/>). Implementations are thread-safe singletons.
/// </summary>
internal interface IRankingService
{
    RankingResult Rank(RankingQuery query);

    ActorStanding Standing(string actor, RankingQuery query);

    /// <summary>
    /// Brings the normalised values up to date with the ledger when it changed: the entries' amounts in EUR
    /// (<see cref="Ledger.LedgerEntry.AmountEur"/>) and the combined view's matches (<see cref="Ledger.LedgerEntry.SameAs"/>)
    /// with them, so lists that sort or filter by them read current figures.
    /// </summary>
    void Refresh();
}
