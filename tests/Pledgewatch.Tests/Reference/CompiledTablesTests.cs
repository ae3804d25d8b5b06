using System.Collections.Frozen;
using Pledgewatch.Amounts;
using Pledgewatch.Entities;
using Pledgewatch.Reference;
using Pledgewatch.Reference.Importers;
using Pledgewatch.Sentences;
using Pledgewatch.Syntax;
using Pledgewatch.Tests.Support;

namespace Pledgewatch.Tests.Reference;

/// <summary>
/// The precompiled tables (places.bin, syntax-lexicon.bin) are what their text tables give: byte for byte what
/// <c>pledgewatch reference compile</c> makes of the embedded text, and read back they answer as the text would. When
/// one of these fails after a text table was edited, run <c>pledgewatch reference compile</c> from the repository root.
/// </summary>
public sealed class CompiledTablesTests
{
    private const string Recompile = "is stale: run `dotnet src/Pledgewatch.Cli/bin/Release/net10.0/pledgewatch.dll reference compile` from the repository root, then rebuild";

    private static readonly ReferenceData Data = ReferenceData.Load();

    private static byte[] Embedded(string name)
    {
        using var stream = EmbeddedTable.OpenStream(name);
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    // Compared inflated: another zlib may deflate the same arrays to other bytes.
    private static byte[] Contents(byte[] table) => CompiledTable.Contents(new MemoryStream(table));

    private static string DataFile(string name) => Path.Combine(SharedFolder.RepositoryRoot, TableCompiler.DefaultDirectory, name);

    [Fact]
    public void PlacesBinIsWhatThePlaceTablesGive() =>
        Assert.True(Contents(Embedded(PlaceNames.FileName)).AsSpan().SequenceEqual(
                Contents(TableCompiler.Places(Data.Places, CompiledTable.DigestOfEmbedded(PlaceNames.Sources)))),
            $"{PlaceNames.FileName} {Recompile}");

    [Fact]
    public void SyntaxLexiconBinIsWhatItsTextGives() =>
        Assert.True(Contents(Embedded(LexiconTags.FileName)).AsSpan().SequenceEqual(
                Contents(TableCompiler.Lexicon(EmbeddedTable.ReadAllText(LexiconTags.Source), CompiledTable.DigestOfEmbedded(LexiconTags.Source)))),
            $"{LexiconTags.FileName} {Recompile}");

    [Fact]
    public void TheCompileCommandWritesTheEmbeddedTablesFromTheTextFiles()
    {
        var dir = Directory.CreateTempSubdirectory("pw-compile-");
        try
        {
            foreach (var name in PlaceNames.Sources.Append(LexiconTags.Source)) File.Copy(DataFile(name), Path.Combine(dir.FullName, name));
            var written = TableCompiler.Run(dir.FullName);
            Assert.Equal([PlaceNames.FileName, LexiconTags.FileName], written.Select(Path.GetFileName));
            foreach (var path in written) Assert.Equal(Contents(Embedded(Path.GetFileName(path))), Contents(File.ReadAllBytes(path)));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void TheCompileCommandNamesAMissingTextTable()
    {
        var dir = Directory.CreateTempSubdirectory("pw-compile-");
        try
        {
            var e = Assert.Throws<FileNotFoundException>(() => TableCompiler.Run(dir.FullName));
            Assert.Contains(Path.Combine(dir.FullName, "places.tsv"), e.Message);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void AnEditedTextTableHasAnotherDigest()
    {
        var path = Path.GetTempFileName();
        try
        {
            var text = File.ReadAllBytes(DataFile("regions.tsv"));
            File.WriteAllBytes(path, text);
            var same = CompiledTable.DigestOfFiles(path);
            text[^2] ^= 1;
            File.WriteAllBytes(path, text);
            Assert.Equal(CompiledTable.DigestOfEmbedded("regions.tsv"), same);
            Assert.NotEqual(same, CompiledTable.DigestOfFiles(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void TheLoadedSyntaxLexiconAnswersAsAWordTableOfItsTextRows()
    {
        var rows = LexiconTags.Parse(EmbeddedTable.ReadAllText(LexiconTags.Source)).Rows.ToList();
        var loaded = LexiconTags.Load();
        Assert.Equal(rows, loaded.Rows);
        Assert.True(rows.Count > 70_000, $"only {rows.Count} rows");
        var table = new WordTable<TagSet>(rows);
        foreach (var word in rows.Select(r => r.Key).Concat(rows.Select(r => r.Key.ToUpperInvariant())).Concat(["", "Pledged", "zzzqqq", "ÉLAN"]))
        {
            Assert.Equal(table.TryGetValue(word, out var expected), loaded.TryGetValue(word, out var actual));
            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public void TheLoadedPlaceNamesAreTheTextBuildsNameForName()
    {
        var built = PlaceNames.Build(Data.Places, Data.PlaceStopwords);
        var loaded = Data.PlaceNames;
        Assert.Equal(built.Count, loaded.Count);
        for (int e = 0; e < built.Count; e++)
        {
            Assert.Equal(built.Name(e).ToString(), loaded.Name(e).ToString());
            Assert.Equal(built.CaseRules(e).ToArray(), loaded.CaseRules(e).ToArray());
            Assert.Equal(built.Next(e), loaded.Next(e));
            Assert.Equal(built.Entry(e).Places, loaded.Entry(e).Places);
            Assert.Equal(built.Entry(e).Canonical, loaded.Entry(e).Canonical);
        }
    }

    [Fact]
    public void PlaceNamesMatchAsPlacesAddedLastToTheTrieWould()
    {
        // The trie before places.bin: every phrase in one trie, the places added last. Here a few phrases that share
        // first words with places stand for the rest of the lexicon.
        var names = Data.PlaceNames;
        var others = new (string Phrase, LexEntry Entry)[]
        {
            ("Ottawa", new LexEntry(LexKind.Capital) { Code = "CAN" }), ("New Zealand", new LexEntry(LexKind.CountryName) { Code = "NZL" }),
            ("New", new LexEntry(LexKind.TitleModifier)), ("San Marino", new LexEntry(LexKind.CountryName) { Code = "SMR" }),
            ("St", new LexEntry(LexKind.Honorific)),
        };
        var split = new PhraseTrie(names);
        var whole = new PhraseTrie();
        foreach (var (phrase, entry) in others)
        {
            split.Add(phrase, entry);
            whole.Add(phrase, entry);
        }
        var sample = new List<string>();
        for (int e = 0; e < names.Count; e++)
        {
            var name = names.Name(e).ToString();
            if (Data.PlaceStopwords.Contains(name)) continue;
            whole.Add(name, names.Entry(e));
            if (e % 7 == 0) sample.Add(name);
        }
        List<string> texts =
        [
            "Ottawa and OTTAWA, New York and new york, New Zealand, San Jose and San Marino, St. Louis and St Petersburg, Kraków.",
            .. sample.Select(n => $"In {n} and {n.ToUpperInvariant()}, {n.ToLowerInvariant()}: near {n}'s port."),
        ];
        if (SharedFolder.Root is { } shared)
            texts.AddRange(Directory.EnumerateFiles(Path.Combine(shared, "corpus"), "*.txt", SearchOption.AllDirectories).Select(File.ReadAllText));
        List<LexMatch> expected = [], actual = [];
        int compared = 0;
        foreach (var text in texts)
        {
            var tokens = Tokenizer.Tokenize(text);
            for (int i = 0; i < tokens.Count; i++)
            {
                Assert.Equal(whole.Starts(tokens[i].In(text)), split.Starts(tokens[i].In(text)));
                if (tokens[i].Kind != TokenKind.Word) continue;
                expected.Clear();
                actual.Clear();
                whole.Match(text, tokens, i, expected);
                split.Match(text, tokens, i, actual);
                Assert.Equal(expected, actual);
                compared += expected.Count;
            }
        }
        Assert.True(compared > 10_000, $"only {compared} matches compared");
    }

    [Fact]
    public void APlaceStopWordIsNoPlace()
    {
        var places = new List<Place> { new("Ottawa", "", [], "CAN", 1_000_000), new("Split", "", [], "HRV", 160_000) };
        var names = PlaceNames.Build(places, new[] { "split" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase));
        var trie = new PhraseTrie(names);
        Assert.True(trie.Starts("OTTAWA"));
        Assert.False(trie.Starts("Split"));
        var text = "Split and Ottawa";
        var found = new List<LexMatch>();
        var tokens = Tokenizer.Tokenize(text);
        trie.Match(text, tokens, 0, found);
        Assert.Empty(found);
        trie.Match(text, tokens, 2, found);
        Assert.Equal(("Ottawa", "CAN"), (Assert.Single(found).Entry.Canonical, found[0].Entry.Places[0].Iso3));
    }

    [Fact]
    public void TablesCompiledFromOtherTextGiveWayToTheText()
    {
        var digest = CompiledTable.DigestOfEmbedded(PlaceNames.Sources);
        var edited = (byte[])digest.Clone();
        edited[0] ^= 1;
        IReadOnlyList<Place> places = [new("Ottawa", "", [], "CAN", 1_000_000)];
        var stopwords = new[] { "march" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        using (var reader = CompiledTable.Reader.OpenEmbedded(PlaceNames.FileName, "places"))
            Assert.Equal(1, PlaceNames.Load(reader, edited, () => places, stopwords).Count);
        using (var reader = CompiledTable.Reader.OpenEmbedded(PlaceNames.FileName, "places"))
            Assert.Equal(Data.PlaceNames.Count, PlaceNames.Load(reader, digest, () => throw new InvalidOperationException("the text was read"), stopwords).Count);

        var lexiconDigest = CompiledTable.DigestOfEmbedded(LexiconTags.Source);
        lexiconDigest[^1] ^= 1;
        using (var reader = CompiledTable.Reader.OpenEmbedded(LexiconTags.FileName, "syntax-lexicon"))
        {
            var fromText = LexiconTags.Load(reader, lexiconDigest, () => "pledge\tVB NN\n");
            Assert.Equal([new KeyValuePair<string, TagSet>("pledge", TagSet.Parse("VB NN"))], fromText.Rows);
        }
    }

    [Fact]
    public void ADamagedPlacesBinIsAnErrorNamingIt()
    {
        var bytes = Embedded(PlaceNames.FileName);
        var truncated = Assert.Throws<InvalidDataException>(() =>
        {
            using var reader = CompiledTable.Reader.Open(new MemoryStream(bytes[..(bytes.Length / 2)]), PlaceNames.FileName, "places");
            PlaceNames.Read(reader, null);
        });
        Assert.Contains("places.bin is truncated", truncated.Message);
        var wrongKind = Assert.Throws<InvalidDataException>(() => CompiledTable.Reader.Open(new MemoryStream(bytes), PlaceNames.FileName, "syntax-lexicon"));
        Assert.Contains("holds 'places'", wrongKind.Message);
        var notOne = Assert.Throws<InvalidDataException>(() => CompiledTable.Reader.Open(new MemoryStream("name\tascii\n"u8.ToArray()), PlaceNames.FileName, "places"));
        Assert.Contains("places.bin is not one", notOne.Message);
    }
}
