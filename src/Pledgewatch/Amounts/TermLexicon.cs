namespace Pledgewatch.Amounts;

/// <summary>The commitment-term tables of <see cref="CommitmentTerms"/>, loaded once from amounts-terms.tsv.
/// A null value is a blocking phrase ("debt relief" is not humanitarian relief). Immutable and shared between threads.</summary>
internal static class TermLexicon
{
    public static readonly PhraseTable<string?> Instruments;
    public static readonly PhraseTable<string?> Purposes;

    /// <summary>Purpose priority: lower wins.</summary>
    public static readonly Dictionary<string, int> PurposeRanks;

    static TermLexicon()
    {
        var instruments = new List<(string, string?, PhraseOptions)>();
        var purposes = new List<(string, string?, PhraseOptions)>();
        PurposeRanks = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in AmountsData.ReadRows("amounts-terms.tsv"))
        {
            string? value = row[2] == "-" ? null : row[2];
            switch (row[0])
            {
                case "instrument": instruments.Add((row[1], value, PhraseOptions.None)); break;
                case "purpose": purposes.Add((row[1], value, PhraseOptions.None)); break;
                case "rank": PurposeRanks[row[1]] = int.Parse(row[2], System.Globalization.CultureInfo.InvariantCulture); break;
                default: throw new InvalidDataException($"amounts-terms.tsv: unknown kind '{row[0]}' for '{row[1]}'.");
            }
        }
        foreach (var (phrase, value, _) in purposes)
        {
            if (value is not null && !PurposeRanks.ContainsKey(value))
                throw new InvalidDataException($"amounts-terms.tsv: purpose '{value}' of '{phrase}' has no rank.");
        }
        Instruments = new PhraseTable<string?>(instruments);
        Purposes = new PhraseTable<string?>(purposes);
    }
}
