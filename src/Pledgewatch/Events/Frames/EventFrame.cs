using System.Collections.Immutable;

namespace Pledgewatch.Events.Frames;

/// <summary>
/// One row of event-frames.tsv (or of the imported event-frames-cameo.tsv): a trigger lemma and part of speech,
/// constraints on its relations, and what it codes. <see cref="Category"/> null is a row that codes nothing.
/// </summary>
public sealed record EventFrame(
    string Lemma,
    bool Noun,
    ImmutableArray<FrameConstraint> When,
    string? Category,
    string? Mode,
    IReadOnlyList<string> Contexts,
    string Role,
    string Source)
{
    /// <summary>How specific the row is: more constraints win over fewer.</summary>
    public int Specificity => When.Length;

    /// <summary>A row imported from the CAMEO verb dictionary (see <see cref="FrameTable"/>): it codes only dyadic clauses.</summary>
    public bool Imported => Source.StartsWith("event-frames-cameo", StringComparison.Ordinal);

    /// <summary>The particle of a phrasal verb ("out" of "rule out"), else null.</summary>
    public string? Particle { get; init; }

    // Every draft's explanation starts with its frame's text: written once per row, on first use.
    private string? _text;

    public override string ToString() =>
        _text ??= $"{Lemma}/{(Noun ? "n" : "v")} [{string.Join(' ', When)}] → {Category ?? "-"}{(Mode is null ? "" : "/" + Mode)} ({Role}) at {Source}";

    /// <summary>Rows are equal by their columns (the cached text of <see cref="ToString"/> is not one).</summary>
    public bool Equals(EventFrame? other) =>
        ReferenceEquals(this, other) || other is not null && Lemma == other.Lemma && Noun == other.Noun && When.Equals(other.When)
        && Category == other.Category && Mode == other.Mode && Contexts.Equals(other.Contexts) && Role == other.Role
        && Source == other.Source && Particle == other.Particle;

    public override int GetHashCode() => HashCode.Combine(Lemma, Noun, Category, Mode, Role, Source, Particle);
}
