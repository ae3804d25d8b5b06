namespace Pledgewatch;

/// <summary>
/// A run of characters in a document's text, counted in UTF-16 code units as .NET strings are.
/// Half-open: <see cref="Start"/> is inclusive, <see cref="End"/> exclusive, so <c>End - Start</c> is the length.
/// </summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool Contains(int position) => position >= Start && position < End;

    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;

    public string Slice(string text) => text.Substring(Start, Length);

    public override string ToString() => $"[{Start}..{End})";
}
