namespace Pledgewatch.Events.Frames;

/// <summary>
/// One row of event-frames.tsv (or of the imported event-frames-cameo.tsv): a trigger lemma and part of speech,
/// constraints on its relations, and what it codes. <see cref="Category"/> null is a row that codes nothing.
/// </summary>
public sealed record EventFrame(
    string Lemma,
    bool Noun,
    IReadOnlyList<FrameConstraint> When,
    string? Category,
    string? Mode,
    IReadOnlyList<string> Contexts,
    string Role,
    string Source)
{
    /// <summary>How specific the row is: more constraints win over fewer.</summary>
    public int Specificity => When.Count;

    /// <summary>A row imported from the CAMEO verb dictionary (see <see cref="FrameTable"/>): it codes only dyadic clauses.</summary>
    public bool Imported => Source.StartsWith("event-frames-cameo", StringComparison.Ordinal);

    /// <summary>The particle of a phrasal verb ("out" of "rule out"), else null.</summary>
    public string? Particle { get; init; }

    public override string ToString() => $"{Lemma}/{(Noun ? "n" : "v")} [{string.Join(' ', When)}] → {Category ?? "-"}{(Mode is null ? "" : "/" + Mode)} ({Role}) at {Source}";
}
