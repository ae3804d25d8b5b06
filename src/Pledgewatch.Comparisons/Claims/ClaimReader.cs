using Pledgewatch.Comparisons.Rankings;

namespace Pledgewatch.Comparisons.Claims;

/// <summary>
/// A small grammar over the tagged tokens of <see cref="ClaimLexicon"/>:
/// <code>
/// claim      := subject … (rank-claim | comparison) modifiers*
/// subject    := the first actor not marked as recipient
/// rank-claim := [one-of [number]] [ordinal] superlative   ("one of the largest" = top N of the one-of row;
///             | [one-of] top number                         "the second-largest" = place 2; "the largest" = place 1)
/// comparison := comparative … than actor | outdid actor
/// modifiers  := metric | type | stage | to actor | actor possessive | negation
/// </code>
/// Words the lexicons do not know are skipped. Never throws: what cannot be read is a note and an <see cref="ClaimKind.Unread"/> reading.
/// </summary>
internal sealed class ClaimReader(ClaimLexicon lexicon)
{
    public ClaimReading Read(string text)
    {
        var tokens = lexicon.Read(text);
        var notes = new List<string>();
        var problems = new List<string>();
        var recipients = new HashSet<int>();
        for (int i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Role != ClaimLexicon.ActorRole) continue;
            bool after = i > 0 && tokens[i - 1].Role == "to";
            bool possessive = i + 1 < tokens.Count && tokens[i + 1].Role == "possessive";
            if (after || possessive) recipients.Add(i);
        }

        // The compared actor: after "than", or after a comparative verb ("outspent France").
        int? otherAt = null;
        string? direction = null;
        for (int i = 0; i < tokens.Count && otherAt is null; i++)
        {
            if (tokens[i].Role == "outdid") { direction = tokens[i].Value; otherAt = NextActor(tokens, i + 1, recipients); }
            else if (tokens[i].Role == "than")
            {
                direction = tokens.Take(i).LastOrDefault(t => t.Role == "comparative").Value;
                if (direction is not null) otherAt = NextActor(tokens, i + 1, recipients);
            }
        }
        var subjectAt = tokens.Select((t, i) => (t, i)).FirstOrDefault(x => x.t.Role == ClaimLexicon.ActorRole && !recipients.Contains(x.i) && x.i != otherAt).i;
        string? subject = subjectAt < tokens.Count && tokens[subjectAt].Role == ClaimLexicon.ActorRole && !recipients.Contains(subjectAt) && subjectAt != otherAt
            ? tokens[subjectAt].Value : null;

        var metric = RankMetric.Total;
        if (tokens.FirstOrDefault(t => t.Role == "metric") is { Role: "metric" } m) metric = RankMetrics.Parse(m.Value);
        else notes.Add("no metric named: read as the total in EUR");
        var typeToken = tokens.FirstOrDefault(t => t.Role == "type");
        var type = typeToken.Role == "type" ? typeToken.Value : "all";
        if (typeToken.Role == "type" && type == "all") notes.Add($"'{typeToken.Text}' is not a kind the ledger tells apart: read as all support");
        var stage = tokens.FirstOrDefault(t => t.Role == "stage") is { Role: "stage" } s ? s.Value : null;
        var recipient = recipients.Count > 0 ? tokens[recipients.Min()].Value : null;
        bool negated = tokens.Any(t => t.Role == "negation");

        var kind = ClaimKind.Unread;
        int? threshold = null;
        bool exact = false, largest = true;
        if (direction is not null && otherAt is null) problems.Add("the comparison names no second contributor after 'than'");
        else if (otherAt is not null && direction is not null)
            kind = direction == "less" ? ClaimKind.LessThan : ClaimKind.MoreThan;
        else if (tokens.FirstOrDefault(t => t.Role is "superlative" or "top") is { Role: "superlative" or "top" } sup)
        {
            kind = ClaimKind.Rank;
            largest = sup.Value != "smallest";
            var before = tokens.Take(sup.Index).ToList();
            var oneOf = before.LastOrDefault(t => t.Role == "one-of");
            var ordinal = before.LastOrDefault(t => t.Role == "ordinal");
            var number = sup.Role == "top"
                ? tokens.Skip(sup.Index + 1).Take(1).FirstOrDefault(t => t.Role == "number")
                : before.LastOrDefault(t => t.Role == "number");
            if (number.Role == "number" && int.TryParse(number.Value, out var n) && n > 0) threshold = n;
            else if (oneOf.Role == "one-of" && int.TryParse(oneOf.Value, out var dflt))
            {
                threshold = dflt;
                notes.Add($"'{oneOf.Text} … {sup.Text}' read as the top {dflt}");
            }
            else if (ordinal.Role == "ordinal" && int.TryParse(ordinal.Value, out var place))
            {
                threshold = place;
                exact = true;
            }
            else
            {
                // "the largest", "the top donor": first place.
                threshold = 1;
                exact = true;
            }
        }
        else problems.Add("no superlative ('largest', 'top 5') or comparison ('more than') found: not a claim this reader checks");
        if (subject is null) problems.Add("no contributor named: the claim's subject must be a country or body");
        return new ClaimReading(text, subject is null ? ClaimKind.Unread : kind, subject, otherAt is int o ? tokens[o].Value : null,
            metric, type, stage, recipient, threshold, exact, largest, negated, notes, problems);
    }

    private static int? NextActor(IReadOnlyList<ClaimToken> tokens, int from, HashSet<int> recipients)
    {
        for (int i = from; i < tokens.Count; i++)
            if (tokens[i].Role == ClaimLexicon.ActorRole && !recipients.Contains(i)) return i;
        return null;
    }
}
