namespace Pledgewatch.Comparisons.Datasets;

/// <summary>
/// Finds the coded entries that are a commitment an imported dataset has too (issue 10, "Datasets, never mixed by
/// accident"): same single donor, same recipients, same month and amounts within 1% in EUR. Each imported entry is
/// the match of one coded entry at most, the closest in amount (then the lowest id); the combined view counts the
/// imported one. Pure.
/// </summary>
internal static class CommitmentMatcher
{
    /// <summary>Amounts this close (relative to the larger) are the same amount, as de-duplication has it (EntryMatcher).</summary>
    public const double Tolerance = 0.01;

    /// <summary>One entry's converted amount, as the matcher compares it.</summary>
    /// <param name="Month">yyyy-MM of the announcement date.</param>
    public readonly record struct Candidate(long EntryId, string Dataset, string Actor, string Recipients, string Month, double Eur);

    /// <returns>Pairs of (coded entry, imported entry), in coded entry id order.</returns>
    public static IReadOnlyList<(long Coded, long Imported)> Match(IEnumerable<Candidate> candidates)
    {
        var all = candidates.ToList();
        var imported = all.Where(c => c.Dataset != Ledger.Dataset.News)
            .ToLookup(c => (c.Actor, c.Recipients, c.Month));
        var taken = new HashSet<long>();
        var pairs = new List<(long, long)>();
        foreach (var coded in all.Where(c => c.Dataset == Ledger.Dataset.News).OrderBy(c => c.EntryId))
        {
            var best = imported[(coded.Actor, coded.Recipients, coded.Month)]
                .Where(i => !taken.Contains(i.EntryId) && Same(coded.Eur, i.Eur))
                .OrderBy(i => Math.Abs(i.Eur - coded.Eur)).ThenBy(i => i.EntryId)
                .Select(i => (long?)i.EntryId).FirstOrDefault();
            if (best is not long id) continue;
            taken.Add(id);
            pairs.Add((coded.EntryId, id));
        }
        return pairs;
    }

    private static bool Same(double a, double b) => Math.Abs(a - b) <= Tolerance * Math.Max(Math.Abs(a), Math.Abs(b));
}
