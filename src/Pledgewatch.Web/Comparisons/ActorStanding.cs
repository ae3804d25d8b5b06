namespace Pledgewatch.Web.Comparisons;

/// <summary>Where one actor ranks: by total, per capita and as share of GDP; a null row means "not ranked" with <see cref="Note"/> saying why.</summary>
internal sealed record ActorStanding(string Actor, RankingRow? Total, RankingRow? PerCapita, RankingRow? ShareOfGdp, string? Note);
