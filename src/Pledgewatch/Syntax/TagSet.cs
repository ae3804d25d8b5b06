using System.Numerics;

namespace Pledgewatch.Syntax;

/// <summary>
/// The tags a word can have, as a bit set, and the one it most often has (<see cref="First"/>, the lexicon's first).
/// A readonly value: copying is free.
/// </summary>
public readonly record struct TagSet(ulong Bits, Tag First)
{
    public static TagSet Of(Tag tag) => new(1UL << (int)tag, tag);

    public bool Has(Tag tag) => (Bits & (1UL << (int)tag)) != 0;

    public bool IsEmpty => Bits == 0;

    public int Count => BitOperations.PopCount(Bits);

    public TagSet With(Tag tag) => new(Bits | (1UL << (int)tag), IsEmpty ? tag : First);

    /// <summary>Parses the lexicon's "NN VB VBP" (space or '|' separated); unknown tags are skipped.</summary>
    public static TagSet Parse(ReadOnlySpan<char> field)
    {
        var set = default(TagSet);
        foreach (var range in field.SplitAny(" |"))
        {
            var tag = Tags.Parse(field[range]);
            if (tag != Tag.None) set = set.With(tag);
        }
        return set;
    }

    public override string ToString()
    {
        var names = new List<string>();
        if (!IsEmpty) names.Add(First.Name());
        for (var t = Tag.None + 1; t <= Tag.Atom; t++)
            if (t != First && Has(t)) names.Add(t.Name());
        return string.Join(' ', names);
    }
}
