using Pledgewatch.Comparisons.Rankings;

namespace Pledgewatch.Comparisons.Claims;

/// <summary>
/// Checks a reading against a ranking of the ledger. A rank claim holds when the actor's rank (1 = largest; ties share
/// a rank) is within the threshold, or equals it for "the second-largest"; a comparison holds when the actor's figure
/// is above (below) the other's. Missing figures give "cannot tell", never a guess.
/// </summary>
internal sealed class ClaimChecker(Func<RankMetric, RankFilter, Ranking> rank)
{
    /// <param name="scope">Filters from outside the claim (source, dates); the claim's own type, stage and recipient are added.</param>
    public ClaimResult Check(ClaimReading reading, RankFilter scope)
    {
        if (reading.Kind == ClaimKind.Unread || reading.Actor is null)
            return new ClaimResult(Verdict.CannotTell, reading, [], 0, string.Join("; ", reading.Problems));
        var filter = scope with
        {
            Type = reading.Type == "all" ? null : reading.Type,
            Stage = reading.Stage ?? scope.Stage,
            Recipient = reading.Recipient ?? scope.Recipient,
        };
        var ranking = rank(reading.Metric, filter);
        var (verdict, reason, figures) = reading.Kind == ClaimKind.Rank ? CheckRank(reading, ranking) : CheckComparison(reading, ranking);
        if (reading.Negated && verdict != Verdict.CannotTell)
        {
            verdict = verdict == Verdict.Supported ? Verdict.NotSupported : Verdict.Supported;
            reason = $"the claim is negated; without 'not': {reason}";
        }
        return new ClaimResult(verdict, reading, figures, ranking.Rows.Count, reason);
    }

    private static (Verdict, string, IReadOnlyList<RankRow>) CheckRank(ClaimReading reading, Ranking ranking)
    {
        var rows = reading.Largest ? ranking.Rows : Reversed(ranking.Rows);
        var threshold = reading.Threshold ?? 1;
        var figures = rows.Where(r => r.Rank <= threshold).ToList();
        var row = rows.FirstOrDefault(r => r.Actor == reading.Actor);
        if (row is null)
            return (Verdict.CannotTell, $"{reading.Actor} has no figure in this ranking ({Why(ranking, reading.Actor!)})", figures);
        if (!figures.Contains(row)) figures.Add(row);
        var word = reading.Largest ? "largest" : "smallest";
        bool holds = reading.ExactRank ? row.Rank == threshold : row.Rank <= threshold;
        var asserted = reading.ExactRank ? $"rank {threshold}" : $"the {threshold} {word}";
        var reason = $"{row.Name} ranks {row.Rank} of {rows.Count} ({RankMetrics.Format(ranking.Metric, row.Value)}); the claim says {asserted}";
        return (holds ? Verdict.Supported : Verdict.NotSupported, reason, figures);
    }

    private static (Verdict, string, IReadOnlyList<RankRow>) CheckComparison(ClaimReading reading, Ranking ranking)
    {
        var a = ranking.Find(reading.Actor!);
        var b = reading.Other is null ? null : ranking.Find(reading.Other);
        var figures = new[] { a, b }.OfType<RankRow>().ToList();
        if (a is null) return (Verdict.CannotTell, $"{reading.Actor} has no figure ({Why(ranking, reading.Actor!)})", figures);
        if (b is null) return (Verdict.CannotTell, $"{reading.Other ?? "the other contributor"} has no figure ({Why(ranking, reading.Other ?? "")})", figures);
        bool more = a.Value > b.Value;
        bool holds = reading.Kind == ClaimKind.MoreThan ? more : a.Value < b.Value;
        var reason = $"{a.Name}: {RankMetrics.Format(ranking.Metric, a.Value)} (rank {a.Rank}); {b.Name}: {RankMetrics.Format(ranking.Metric, b.Value)} (rank {b.Rank})";
        return (holds ? Verdict.Supported : Verdict.NotSupported, reason, figures);
    }

    /// <summary>The ranking from the smallest up, ranks recomputed the same way (ties share a rank).</summary>
    private static List<RankRow> Reversed(IReadOnlyList<RankRow> rows)
    {
        var reversed = rows.Reverse().ToList();
        var result = new List<RankRow>(reversed.Count);
        for (int i = 0; i < reversed.Count; i++)
        {
            int rank = i > 0 && reversed[i].Value == reversed[i - 1].Value ? result[i - 1].Rank : i + 1;
            result.Add(reversed[i] with { Rank = rank });
        }
        return result;
    }

    private static string Why(Ranking ranking, string actor) =>
        ranking.Unranked.FirstOrDefault(u => u.StartsWith(actor + ":", StringComparison.Ordinal)) is { } u
            ? u[(actor.Length + 2)..]
            : "no quantified entries in the ledger for it under these filters";
}
