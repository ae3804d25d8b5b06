using System.Collections.Frozen;

namespace Pledgewatch.Sentences;

/// <summary>
/// The words whose final period is not (or not always) a sentence end, and the words that start sentences often
/// enough to prove that an abbreviation before them did end one. Lookups take spans and never allocate.
/// </summary>
internal static class Abbreviations
{
    // Written without the final period, compared case-insensitively ("MR." in an upper-case headline is "Mr.").
    // Dotted acronyms ("U.S.", "E.U.", "Ph.D.") and single-letter initials need no entry: ClassifyWord finds them.
    private static readonly (AbbreviationKind Kind, string[] Words)[] s_table =
    [
        // Titles and name prefixes: followed by a name, so never the end of a sentence.
        (AbbreviationKind.NeverEnds, ["Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr",
            "Adm", "Sgt", "Cpl", "Pvt", "Brig", "Sen", "Rep", "Gov", "Pres", "Amb", "Hon", "Rev", "Fr", "St", "Mt", "Ft"]),
        // Latin connectives: the sentence always goes on after them.
        (AbbreviationKind.NeverEnds, ["vs", "v", "e.g", "i.e", "cf", "viz"]),
        // Followed by a number when mid-sentence: months ("Sept. 15"), numbering ("No. 10", "pp. 4-6") and currencies
        // written so ("Rs. 101.75 crore", "Tk. 500", "Kshs. 2 billion").
        (AbbreviationKind.BeforeNumber, ["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov",
            "Dec", "No", "Nos", "Art", "Vol", "Fig", "p", "pp", "Rs", "Tk", "Kshs", "Ksh"]),
        // May end a sentence ("…shares of Acme Inc. The next day…").
        (AbbreviationKind.Ordinary, ["Inc", "Ltd", "Corp", "Co", "Bros", "plc", "Jr", "Sr", "etc", "a.m", "p.m",
            "Ave", "Blvd", "Rd", "approx", "est", "dept", "govt", "Assn", "Univ"]),
    ];

    // Capitalised words that begin sentences far more often than they follow "U.S." or "Inc." inside one.
    private static readonly string[] s_starters =
    [
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "His", "Her", "Its", "Their", "Our",
        "This", "That", "These", "Those", "There", "But", "And", "Or", "So", "Yet", "In", "On", "At", "As", "By",
        "For", "From", "With", "After", "Before", "When", "While", "If", "Since", "Under", "Meanwhile", "However",
        "Also", "Earlier", "Later", "Last", "Next", "Some", "Many", "Most", "All", "Both", "Such",
    ];

    private static readonly Dictionary<string, AbbreviationKind>.AlternateLookup<ReadOnlySpan<char>> s_kinds = BuildKinds();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_startersLookup =
        s_starters.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The kind of <paramref name="word"/>, the letters and inner periods before a final period.</summary>
    public static AbbreviationKind ClassifyWord(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty) return AbbreviationKind.None;
        if (s_kinds.TryGetValue(word, out var kind)) return kind;
        if (word.Length == 1) return char.IsLetter(word[0]) ? AbbreviationKind.Ordinary : AbbreviationKind.None;
        return IsDottedAcronym(word) ? AbbreviationKind.Ordinary : AbbreviationKind.None;
    }

    /// <summary>True for a capitalised word from the starter list ("The", "He", "Meanwhile"); case-sensitive.</summary>
    public static bool IsCommonStarter(ReadOnlySpan<char> word) => s_startersLookup.Contains(word);

    /// <summary>"U.S", "E.U", "Ph.D": letters in runs of one or two, joined by periods, at least one period.</summary>
    private static bool IsDottedAcronym(ReadOnlySpan<char> word)
    {
        int run = 0;
        bool dotted = false;
        foreach (char c in word)
        {
            if (c == '.')
            {
                if (run == 0) return false;
                dotted = true;
                run = 0;
            }
            else if (++run > 2) return false;
        }
        return dotted && run > 0;
    }

    private static Dictionary<string, AbbreviationKind>.AlternateLookup<ReadOnlySpan<char>> BuildKinds()
    {
        var kinds = new Dictionary<string, AbbreviationKind>(StringComparer.OrdinalIgnoreCase);
        foreach (var (kind, words) in s_table)
        {
            foreach (var word in words) kinds.Add(word, kind);
        }
        return kinds.GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
