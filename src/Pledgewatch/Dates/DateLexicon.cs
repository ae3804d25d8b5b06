using System.Collections.Frozen;
using System.Globalization;

namespace Pledgewatch.Dates;

/// <summary>
/// The date words, loaded once from the embedded <c>dates-words.tsv</c>. Lookups ignore case, take a span (no string
/// is allocated per token) and are thread-safe. A malformed data file throws <see cref="InvalidDataException"/>
/// naming the line on first use: it ships in the assembly, so that is a build defect, not bad input.
/// </summary>
internal static class DateLexicon
{
    private const string ResourceName = "Pledgewatch.Reference.Data.dates-words.tsv";

    private static readonly FrozenDictionary<string, DateWord> Words = Load();

    private static readonly FrozenDictionary<string, DateWord>.AlternateLookup<ReadOnlySpan<char>> BySpan =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    // Longer words are rejected before hashing: most tokens in news text are not date words.
    private static readonly int MaxLength = Words.Keys.Max(k => k.Length);

    /// <summary>The entry for <paramref name="word"/>, or the default (kind <see cref="DateWordKind.None"/>).</summary>
    public static DateWord Lookup(ReadOnlySpan<char> word) =>
        word.Length <= MaxLength && BySpan.TryGetValue(word, out var entry) ? entry : default;

    private static FrozenDictionary<string, DateWord> Load()
    {
        using var stream = typeof(DateLexicon).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidDataException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        var words = new Dictionary<string, DateWord>(StringComparer.OrdinalIgnoreCase);
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#') continue;
            var fields = line.Split('\t');
            if (fields.Length != 3
                || !Enum.TryParse<DateWordKind>(fields[1], out var kind)
                || !TryParseValue(kind, fields[2], out int value)
                || !words.TryAdd(fields[0], new DateWord(kind, value)))
            {
                throw new InvalidDataException($"{ResourceName}, line {lineNumber}: cannot read \"{line}\".");
            }
        }
        return words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static bool TryParseValue(DateWordKind kind, string text, out int value)
    {
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value)) return true;
        bool ok;
        switch (kind)
        {
            case DateWordKind.Part or DateWordKind.Edge:
                ok = Enum.TryParse<DatePart>(text, out var part); value = (int)part; return ok;
            case DateWordKind.Unit:
                ok = Enum.TryParse<PeriodUnit>(text, out var unit); value = (int)unit; return ok;
            case DateWordKind.Prep:
                ok = Enum.TryParse<PrepKind>(text, out var prep); value = (int)prep; return ok;
            case DateWordKind.Weekday or DateWordKind.WeekdayAbbr:
                ok = Enum.TryParse<DayOfWeek>(text, out var day); value = (int)day; return ok;
            default:
                return false;
        }
    }
}
