namespace Pledgewatch.Comparisons.Storage;

/// <summary>What a refresh of the normalised values did: entries read, rows written, whether it rebuilt everything.</summary>
internal sealed record RefreshSummary(int Entries, int Rows, bool Full, TimeSpan Elapsed);
