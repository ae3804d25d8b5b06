namespace Pledgewatch.Web.Comparisons;

/// <summary>
/// Where one actor ranks: by total, per capita and as share of GDP, each out of how many contributors are ranked by
/// that measure (<c>TotalOf</c>: "2nd of 41"); a null row means "not ranked" with <see cref="Note"/> saying why.
/// </summary>
internal sealed record ActorStanding(string Actor, RankingRow? Total, RankingRow? PerCapita, RankingRow? ShareOfGdp, string? Note,
    int TotalOf = 0, int PerCapitaOf = 0, int ShareOfGdpOf = 0);
