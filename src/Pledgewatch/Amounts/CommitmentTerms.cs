namespace Pledgewatch.Amounts;

/// <summary>Instruments and purpose named in a stretch of text ("loan guarantees" → loan_guarantee; "recovery" → recovery).</summary>
public static class CommitmentTerms
{
    /// <summary>The EVENTS.md instrument values named in <paramref name="span"/>, in text order, without repeats.</summary>
    public static IReadOnlyList<string> Instruments(string text, TextSpan span) => []; // STUB(amounts)

    /// <summary>The EVENTS.md purpose named in <paramref name="span"/>, or null.</summary>
    public static string? Purpose(string text, TextSpan span) => null; // STUB(amounts)
}
