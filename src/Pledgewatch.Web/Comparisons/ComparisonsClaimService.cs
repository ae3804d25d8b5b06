using System.Globalization;
using Pledgewatch.Comparisons.Claims;
using Pledgewatch.Comparisons.Rankings;
using Pledgewatch.Comparisons.Reference;
using LibraryClaim = Pledgewatch.Comparisons.Claims.ClaimResult;

namespace Pledgewatch.Web.Comparisons;

/// <summary>
/// Claims read by the comparisons library's <see cref="ClaimReader"/> and judged by its <see cref="ClaimChecker"/>
/// against the rankings of <see cref="ComparisonsRankingService"/> (so a claim costs no more than a cached ranking).
/// The reader and its lexicon are built once and immutable: thread-safe. Claims are checked over the whole ledger;
/// the claim's own type, stage and recipient narrow it, within one dataset (the coded news unless asked).
/// </summary>
internal sealed class ComparisonsClaimService(ComparisonsRankingService rankings, ComparisonReference reference) : IClaimService
{
    private readonly ClaimReader _reader = new(ClaimLexicon.Load(reference.Actors));
    private readonly ClaimChecker _checker = new(rankings.Rank);

    public ClaimResult Check(string text, string dataset = Ledger.Dataset.News)
    {
        var result = _checker.Check(_reader.Read(text), new RankFilter(Dataset: dataset));
        var figures = result.Figures.Select(f => new RankingRow(f.Rank, f.Actor, f.Name, (decimal)f.Value, f.Unit, f.Entries, f.Basis)).ToList();
        return new ClaimResult(LibraryClaim.Name(result.Verdict), Reading(result.Reading), figures, result.Reason);
    }

    /// <summary>The reading with the keys and values of <c>claim --format json</c>'s <c>reading</c> object, as strings.</summary>
    private Dictionary<string, string?> Reading(ClaimReading r) => new()
    {
        ["text"] = r.Text,
        ["kind"] = r.Kind switch { ClaimKind.Rank => "rank", ClaimKind.MoreThan => "more_than", ClaimKind.LessThan => "less_than", _ => "unread" },
        ["actor"] = r.Actor,
        ["actor_name"] = r.Actor is null ? null : reference.Actors.Name(r.Actor),
        ["other"] = r.Other,
        ["metric"] = RankMetrics.Name(r.Metric),
        ["unit"] = RankMetrics.Unit(r.Metric),
        ["type"] = r.Type,
        ["stage"] = r.Stage,
        ["recipient"] = r.Recipient,
        ["rank_threshold"] = r.Threshold?.ToString(CultureInfo.InvariantCulture),
        ["exact_rank"] = r.ExactRank ? "true" : "false",
        ["direction"] = r.Largest ? "largest" : "smallest",
        ["negated"] = r.Negated ? "true" : "false",
        ["notes"] = string.Join("; ", r.Notes),
        ["problems"] = string.Join("; ", r.Problems),
    };
}
