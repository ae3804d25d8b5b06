namespace Pledgewatch.Web.Comparisons;

/// <summary>
/// Rankings of contributors for the rankings API, the overview's chart and the actor page, in normalised EUR, per
/// capita and as share of GDP (<see cref="ComparisonsRankingService"/>). Implementations are thread-safe singletons.
/// </summary>
internal interface IRankingService
{
    RankingResult Rank(RankingQuery query);

    ActorStanding Standing(string actor, RankingQuery query);
}
