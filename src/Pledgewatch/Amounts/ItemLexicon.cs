namespace Pledgewatch.Amounts;

/// <summary>The equipment lexicon of <see cref="ItemExtractor"/>, loaded once from amounts-items.tsv (kinds documented
/// there). Immutable and shared between threads.</summary>
internal static class ItemLexicon
{
    public static readonly WordTable<HeadNoun> Heads;
    public static readonly WordTable<bool> Modifiers;
    public static readonly WordTable<bool> MadeWords;
    public static readonly WordTable<bool> ModelStems;
    public static readonly WordTable<bool> Units;
    public static readonly WordTable<bool> Stops;
    public static readonly PhraseTable<bool> Fillers;

    static ItemLexicon()
    {
        var heads = new Dictionary<string, HeadNoun>(StringComparer.OrdinalIgnoreCase);
        var sets = new Dictionary<string, HashSet<string>>
        {
            ["modifier"] = new(StringComparer.OrdinalIgnoreCase),
            ["made"] = new(StringComparer.OrdinalIgnoreCase),
            ["stem"] = new(StringComparer.Ordinal), // model names are capitalised: "Leopard 2", not "leopard"
            ["unit"] = new(StringComparer.OrdinalIgnoreCase),
            ["stop"] = new(StringComparer.OrdinalIgnoreCase),
        };
        var fillers = new List<(string, bool, PhraseOptions)>();
        foreach (var row in AmountsData.ReadRows("amounts-items.tsv"))
        {
            if (row[0] == "head")
            {
                var flags = string.Join(" ", row.Skip(2));
                heads[row[1]] = new HeadNoun(flags.Contains("sg") || flags.Contains("both"), flags.Contains("pl") || flags.Contains("both"), flags.Contains("of"),
                    flags.Contains("relief") ? ItemKind.Relief : flags.Contains("equipment") ? ItemKind.Equipment : ItemKind.Arms);
            }
            else if (row[0] == "filler") fillers.Add((row[1], true, PhraseOptions.None));
            else if (sets.TryGetValue(row[0], out var set)) set.Add(row[1]);
            else throw new InvalidDataException($"amounts-items.tsv: unknown kind '{row[0]}' for '{row[1]}'.");
        }
        Heads = new WordTable<HeadNoun>(heads);
        Modifiers = ToTable(sets["modifier"]);
        MadeWords = ToTable(sets["made"]);
        ModelStems = ToTable(sets["stem"], ignoreCase: false);
        Units = ToTable(sets["unit"]);
        Stops = ToTable(sets["stop"]);
        Fillers = new PhraseTable<bool>(fillers);
    }

    private static WordTable<bool> ToTable(HashSet<string> words, bool ignoreCase = true) =>
        new(words.Select(w => KeyValuePair.Create(w, true)), ignoreCase);
}
