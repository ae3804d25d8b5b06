using Pledgewatch.Reference.Importers;

namespace Pledgewatch.Reference;

public sealed partial class ReferenceData
{
    private const string ResourcePrefix = "Pledgewatch.Reference.Data.";

    /// <summary>Parses the embedded tables afresh; <see cref="Load"/> caches this. For tests and benchmarks.</summary>
    internal static ReferenceData LoadFromResources()
    {
        var problems = new List<string>();
        var officeholders = OfficeholderImporter.Merge(
            Read(OfficeholderImporter.FileName, r => OfficeholderImporter.Read(r, OfficeholderImporter.FileName, problems)),
            Read(OfficeholderImporter.ExtraFileName, r => OfficeholderImporter.Read(r, OfficeholderImporter.ExtraFileName, problems)));
        // The bundled tables are ours: a bad row is a build mistake, so say which.
        if (problems.Count > 0) throw new InvalidDataException("Bad rows in the bundled officeholder tables: " + string.Join("; ", problems));

        // 22,000 rows that only the place index of datelines reads (the lexicon's places are precompiled): parsed on first use.
        IReadOnlyList<Place> Places()
        {
            var places = Read(PlaceImporter.FileName, PlaceImporter.Parse);
            places.AddRange(Read("regions.tsv", PlaceImporter.Parse));
            return places;
        }

        var bodies = Rows("bodies.tsv", r => new BodyName(r[0], r[1], r[2], r[3] switch
        {
            "after-mention" => BodyCondition.AfterMention,
            "metonym" => BodyCondition.Metonym,
            _ => BodyCondition.Always,
        }));
        // The hand-written rows of bodies.tsv win over the imported movements on the same phrase ("Ansar Allah" is YEM's).
        var written = bodies.Select(b => ArmedGroupChecks.Fold(b.Phrase)).ToHashSet(StringComparer.Ordinal);
        var armedGroups = Read(ArmedGroupImporter.FileName, ArmedGroupImporter.Parse)
            .Where(g => !written.Contains(ArmedGroupChecks.Fold(g.Phrase)))
            .Select(g => new BodyName(g.Phrase, g.Code, g.Canonical, BodyCondition.Always))
            .ToList();

        return new ReferenceData(
            Read(CountryImporter.FileName, CountryImporter.Parse),
            Rows("state-aliases.tsv", r => new StateAlias(r[0], r[1], Enum.Parse<StateAliasKind>(r[2], ignoreCase: true))),
            officeholders,
            Places,
            bodies,
            armedGroups,
            Rows("institutions.tsv", r => new Institution(r[0], r[1], r[2], r[3], TableFile.List(r, 4))),
            Rows("titles.tsv", r => new Title(r[0], r[1], TableFile.List(r, 2), TableFile.Field(r, 3))),
            Rows("commentators.tsv", r => new CommentatorNoun(r[0], r[1], r[2] == "many")),
            Rows("state-nouns.tsv", r => new StateNoun(r[0], r[1] == "-" ? null : r[1], TableFile.Field(r, 2) is "title" or "own", TableFile.Field(r, 3) == "adjective", TableFile.Field(r, 2) == "own", TableFile.Field(r, 4) == "alone", TableFile.Field(r, 5) == "field")),
            SentenceWords("subject"),
            SentenceWords("verb"),
            SentenceWords("opener"),
            SentenceWords("organisation"),
            SentenceWords("business"),
            Words("place-stopwords.txt"),
            Words("first-names.txt"),
            Words("surname-stopwords.txt"),
            Words("presidential.txt"),
            Words("locatives.txt"),
            Words("place-modifiers.txt"));
    }

    private static T Read<T>(string name, Func<TextReader, T> parse)
    {
        using var stream = typeof(ReferenceData).Assembly.GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new InvalidOperationException($"The reference table {name} is not embedded in {typeof(ReferenceData).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return parse(reader);
    }

    private static List<T> Rows<T>(string name, Func<string[], T> map) =>
        Read(name, r => TableFile.Read(r).Select(row => map(row.Select(f => f.Trim()).ToArray())).ToList());

    private static IEnumerable<string> SentenceWords(string kind) =>
        Rows("sentence-words.tsv", r => r).Where(r => r[0] == kind).Select(r => r[1]);

    private static List<string> Words(string name) =>
        Read(name, r => TableFile.Read(r).Select(row => row[0].Trim()).Where(w => w.Length > 0).ToList());
}
