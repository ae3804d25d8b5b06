namespace Pledgewatch.Web.Comparisons;

/// <summary>
/// Rankings of contributors for the rankings API, the overview's chart and the actor page. The default,
/// <see cref="LedgerRankingService"/>, ranks raw amounts in one currency; issue 4's library ranks normalised EUR,
/// per capita and share of GDP behind this same interface. Implementations are thread-safe singletons.
/// </summary>
internal interface IRankingService
{
    RankingResult Rank(RankingQuery query);

    ActorStanding Standing(string actor, RankingQuery query);
}
