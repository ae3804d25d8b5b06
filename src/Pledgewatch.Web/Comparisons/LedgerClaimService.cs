using System.Text.RegularExpressions;

namespace Pledgewatch.Web.Comparisons;

/// <summary>
/// The stand-in until issue 4's claim reader is wired: it reads only "A gave more than B" with ISO3 codes or names
/// the ledger uses as codes, compares raw totals in one currency, and answers cannot_tell for everything else.
/// </summary>
internal sealed partial class LedgerClaimService(IRankingService rankings) : IClaimService
{
    public ClaimResult Check(string text)
    {
        var m = MoreThan().Match(text);
        if (!m.Success)
        {
            return new ClaimResult("cannot_tell", new Dictionary<string, string?> { ["text"] = text }, [],
                "Only \"XXX gave more than YYY\" (ISO3 codes) is read until the comparisons library (issue 4) is wired in.");
        }
        var (a, b) = (m.Groups["a"].Value.ToUpperInvariant(), m.Groups["b"].Value.ToUpperInvariant());
        var ranking = rankings.Rank(new RankingQuery(Limit: 1000));
        var reading = new Dictionary<string, string?> { ["text"] = text, ["actor"] = a, ["other"] = b, ["metric"] = "total", ["unit"] = ranking.Rows.FirstOrDefault()?.Unit };
        var ra = ranking.Rows.FirstOrDefault(r => r.Actor == a);
        var rb = ranking.Rows.FirstOrDefault(r => r.Actor == b);
        if (ra is null || rb is null)
            return new ClaimResult("cannot_tell", reading, [.. new[] { ra, rb }.OfType<RankingRow>()], $"{(ra is null ? a : b)} has no quantified commitments in {reading["unit"] ?? "any currency"}. {ranking.Basis}");
        var verdict = ra.Value > rb.Value ? "supported" : "not_supported";
        return new ClaimResult(verdict, reading, [ra, rb], $"{a}: {ra.Value:N0} {ra.Unit} (rank {ra.Rank}); {b}: {rb.Value:N0} {rb.Unit} (rank {rb.Rank}). {ranking.Basis}");
    }

    // "CAN gave more than FRA", "DEU has given more than FRA", "USA pledged more than GBR".
    [GeneratedRegex(@"^\s*(?<a>[A-Za-z]{3})\s+(?:has\s+|have\s+)?(?:gave|given|pledged|committed|delivered|contributed)\s+more\s+than\s+(?<b>[A-Za-z]{3})\b", RegexOptions.CultureInvariant)]
    private static partial Regex MoreThan();
}
