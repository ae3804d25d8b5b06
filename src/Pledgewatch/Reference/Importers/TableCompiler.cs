using Pledgewatch.Entities;
using Pledgewatch.Syntax;

namespace Pledgewatch.Reference.Importers;

/// <summary>
/// Writes the precompiled forms of text tables (<see cref="CompiledTable"/>) from the text tables of a directory, the
/// project's Reference/Data: places.bin from places.tsv and regions.tsv, syntax-lexicon.bin from syntax-lexicon.tsv.
/// Run it after changing one of those tables (<c>pledgewatch reference compile</c>); <c>CompiledTablesTests</c> fails
/// until it is run, and until then the coder reads the changed text, as it did before there were precompiled tables.
/// </summary>
internal static class TableCompiler
{
    /// <summary>Where the project keeps its tables, from the repository root.</summary>
    public const string DefaultDirectory = "src/Pledgewatch/Reference/Data";

    /// <summary>Compiles every precompiled table of <paramref name="directory"/>; returns the paths written.</summary>
    /// <exception cref="FileNotFoundException">A text table is missing from <paramref name="directory"/>.</exception>
    public static IReadOnlyList<string> Run(string directory)
    {
        var sources = PlaceNames.Sources.Append(LexiconTags.Source).Select(name => Path.Combine(directory, name)).ToArray();
        foreach (var path in sources)
            if (!File.Exists(path)) throw new FileNotFoundException($"{path} is missing: `reference compile` reads the text tables of the directory it is given.", path);

        var placeSources = PlaceNames.Sources.Select(name => Path.Combine(directory, name)).ToArray();
        var places = new List<Place>();
        foreach (var path in placeSources)
        {
            using var reader = new StreamReader(path);
            places.AddRange(PlaceImporter.Parse(reader));
        }
        var placesOutput = Path.Combine(directory, PlaceNames.FileName);
        File.WriteAllBytes(placesOutput, Places(places, CompiledTable.DigestOfFiles(placeSources)));

        var lexiconSource = Path.Combine(directory, LexiconTags.Source);
        var lexiconOutput = Path.Combine(directory, LexiconTags.FileName);
        File.WriteAllBytes(lexiconOutput, Lexicon(File.ReadAllText(lexiconSource), CompiledTable.DigestOfFiles(lexiconSource)));
        return [placesOutput, lexiconOutput];
    }

    /// <summary>syntax-lexicon.bin for the text <paramref name="text"/> of syntax-lexicon.tsv, whose digest is <paramref name="sourceDigest"/>.</summary>
    public static byte[] Lexicon(string text, byte[] sourceDigest)
    {
        using var bytes = new MemoryStream();
        LexiconTags.Parse(text).Write(bytes, sourceDigest);
        return bytes.ToArray();
    }

    /// <summary>places.bin for <paramref name="places"/>, the rows of the tables whose digest is <paramref name="sourceDigest"/>.</summary>
    public static byte[] Places(IReadOnlyList<Place> places, byte[] sourceDigest)
    {
        using var bytes = new MemoryStream();
        PlaceNames.Build(places, stopwords: null).Write(bytes, sourceDigest);
        return bytes.ToArray();
    }
}
