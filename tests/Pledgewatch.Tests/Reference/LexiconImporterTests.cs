using Pledgewatch.Reference.Importers;

namespace Pledgewatch.Tests.Reference;

/// <summary>The en-lexicon importer on a small JavaScript module written in its shape (made-up words and tags).</summary>
public sealed class LexiconImporterTests
{
    private const string Module = """
        "use strict";
        exports.__esModule = true;
        var lexicon = {
            "pledge": "NN|VB",
            "Ottawa": "NNP",
            "f-16s": "NNS",
            "n't": "RB",
            "e.g.": "FW",
            "well-known": "JJ",
            "-ish": "JJ",
            "I": "PRP",
            "hmm": "UH|XYZ",
            'quoted': "VBN",
            bare: "JJ", "two": "CD",
            "it\u2019s": "PRP",
            broken line without a colon
            "pledge": "VB|NN",
            "🙂": "EM"
        };
        exports["default"] = lexicon;
        """;

    private static (List<LexiconEntry> Entries, List<string> Problems, ImportCounts Counts) Import()
    {
        var problems = new List<string>();
        var counts = new ImportCounts();
        var entries = LexiconImporter.Read(Module, "lexicon.js", problems, counts);
        return (entries, problems, counts);
    }

    [Fact]
    public void KeepsCommonWordsWithTheirTagsInOrder()
    {
        var words = Import().Entries.ToDictionary(e => e.Word, e => string.Join(' ', e.Tags));
        Assert.Equal("RB", words["n't"]);
        Assert.Equal("FW", words["e.g."]);
        Assert.Equal("JJ", words["well-known"]);
        Assert.Equal("PRP", words["I"]);
        Assert.Equal("VBN", words["quoted"]);
        Assert.Equal("JJ", words["bare"]);
        Assert.Equal("CD", words["two"]);
    }

    [Fact]
    public void DropsNamesDigitsOuterHyphensAndSymbols()
    {
        var words = Import().Entries.Select(e => e.Word).ToHashSet();
        Assert.DoesNotContain("Ottawa", words);
        Assert.DoesNotContain("f-16s", words);
        Assert.DoesNotContain("-ish", words);
        Assert.DoesNotContain("🙂", words);
        Assert.DoesNotContain("it’s", words); // a typographic apostrophe is no apostrophe of the tagger's words
    }

    [Fact]
    public void ARepeatedKeyKeepsTheLastValueAsJavaScriptDoes()
    {
        var (entries, _, counts) = Import();
        Assert.Equal(["VB", "NN"], entries.Single(e => e.Word == "pledge").Tags);
        Assert.Equal(1, counts["repeated key (the last kept)"]);
    }

    [Fact]
    public void BadPairsAndUnknownTagsAreReportedWithTheirLine()
    {
        var (entries, problems, _) = Import();
        Assert.Equal(["lexicon.js:16: not a \"key\": \"value\" pair", "lexicon.js:12: 'hmm': tag 'XYZ' is not a Penn Treebank tag, dropped"], problems);
        Assert.Equal(["UH"], entries.Single(e => e.Word == "hmm").Tags);
    }

    [Fact]
    public void WritesSortedTabSeparatedRowsThatParseBack()
    {
        var entries = Import().Entries;
        var writer = new StringWriter();
        LexiconImporter.Write(entries, "9.9.9", writer);
        var text = writer.ToString();
        Assert.Contains("# Source: npm package en-lexicon 9.9.9, dist/lexicon.js", text);
        Assert.Contains("\npledge\tVB NN\n", text);
        var back = LexiconImporter.Parse(new StringReader(text));
        Assert.Equal(entries.Select(e => e.Word).Order(StringComparer.Ordinal), back.Select(e => e.Word));
        Assert.Equal(["UH"], back.Single(e => e.Word == "hmm").Tags);
    }

    [Theory]
    [InlineData("'s", null)]
    [InlineData("o'clock", null)]
    [InlineData("a.m.", null)]
    [InlineData("co-op", null)]
    [InlineData("co-", "other characters")]
    [InlineData("ability...", "other characters")]
    [InlineData("p.m.-midnight", "other characters")]
    [InlineData("'", "other characters")]
    [InlineData("...", "other characters")]
    [InlineData("US", "has an upper-case letter")]
    [InlineData("3d", "has a digit")]
    [InlineData("ice cream", "other characters")]
    public void TheKeepRuleIsLettersWithInnerHyphensApostrophesAndPeriods(string word, string? reason) =>
        Assert.Equal(reason, LexiconImporter.DropReason(word));

    [Fact]
    public void BritishFormsTakeTheTagsOfTheirAmericanForms()
    {
        const string module = """
            var lexicon = {
                "program": "NN|VBP|VB", "programme": "VB",
                "organize": "VB|VBP", "organization": "NN",
                "travel": "NN|VB", "traveled": "VBD|VBN",
                "feel": "VB", "feeling": "NN|VBG",
                "color": "NN|VB", "colored": "JJ",
                "center": "NN|VB", "centre": "NN|JJ",
                "defense": "NN", "four": "CD", "for": "IN"
            };
            """;
        var words = LexiconImporter.Read(module, "lexicon.js", [], new ImportCounts()).ToDictionary(e => e.Word, e => string.Join(' ', e.Tags));
        Assert.Equal("NN VBP VB", words["programme"]); // nothing of its own: the American order
        Assert.Equal("NN JJ VB", words["centre"]);     // its own first, then what the American form adds
        Assert.Equal("VB VBP", words["organise"]);     // regular -ise forms are added
        Assert.Equal("NN", words["organisation"]);
        Assert.Equal("VBD VBN", words["travelled"]);   // a single vowel before the l doubles it
        Assert.DoesNotContain("feelling", words.Keys); // a long vowel does not
        Assert.DoesNotContain("coloured", words.Keys); // added only when the British base is in the source
        Assert.DoesNotContain("defence", words.Keys);
        Assert.Equal("CD", words["four"]);             // short words are other words ("for" is no "four")
    }

    [Fact]
    public void VerbOnlyWordsThatWordNetListsAsNounsAlsoTakeNN()
    {
        // index.noun's shape: licence lines start with spaces; each row starts with the lemma.
        const string indexNoun = """
              1 This software and database is being provided to you, the LICENSEE, by
            blacklist n 1 1 @ 1 0 08253141
            glide n 2 2 @ ~ 2 0 00329031 07097094
            pledge n 2 3 @ ~ + 2 1 06728106 07181043
            quarantine n 2 2 @ ~ 2 0 13998576 05037915
            """;
        const string module = """
            var lexicon = { "blacklist": "VB", "pledge": "NN|VB", "quarantine": "VB", "scold": "VB", "glide": "VB|VBP" };
            """;
        var counts = new ImportCounts();
        var entries = LexiconImporter.AddWordNetNouns(LexiconImporter.Read(module, "lexicon.js", [], counts), LexiconImporter.IndexLemmas(new StringReader(indexNoun)), counts);
        var words = entries.ToDictionary(e => e.Word, e => string.Join(' ', e.Tags));
        Assert.Equal("VB NN", words["blacklist"]);  // a noun too, after its own tag
        Assert.Equal("VB NN", words["quarantine"]);
        Assert.Equal("NN VB", words["pledge"]);     // already a noun: unchanged
        Assert.Equal("VB", words["scold"]);         // no noun in WordNet
        Assert.Equal("VB VBP", words["glide"]);     // seen in more than one use: left as it is
        Assert.Equal(2, counts["verb-only words given NN (WordNet nouns)"]);
    }

    [Fact]
    public void AVerbWhoseBaseTheSourceLacksGetsItFromWordNet()
    {
        const string indexVerb = """
              1 This software and database is being provided to you, the LICENSEE, by
            disburse v 1 1 @ 1 0 02304982
            poach v 3 3 @ ~ > 3 0 01205696 02359340 01573391
            scold v 2 2 @ ~ 2 1 00824767 00845299
            hand_over v 1 1 @ 1 0 02293321
            wobble v 2 2 @ ~ 2 0 01878500 02048514
            """;
        const string indexNoun = """
            poach n 1 1 @ 1 0 00000001
            """;
        const string module = """
            var lexicon = { "disburses": "VBZ", "poached": "VBD|VBN", "scold": "VB", "wobbly": "JJ", "handed": "VBD" };
            """;
        var counts = new ImportCounts();
        var entries = LexiconImporter.AddWordNetVerbs(LexiconImporter.Read(module, "lexicon.js", [], counts), LexiconImporter.IndexLemmas(new StringReader(indexVerb)), LexiconImporter.IndexLemmas(new StringReader(indexNoun)), counts);
        var words = entries.ToDictionary(e => e.Word, e => string.Join(' ', e.Tags));
        Assert.Equal("VB VBP", words["disburse"]);     // its -s form is in the source
        Assert.Equal("NN VB VBP", words["poach"]);     // its -ed form is; WordNet lists it as a noun too
        Assert.Equal("VB", words["scold"]);            // in the source already: unchanged
        Assert.DoesNotContain("wobble", words.Keys);   // no inflected form in the source
        Assert.DoesNotContain("hand_over", words.Keys); // multiword lemmas are not words
        Assert.Equal(2, counts["verb bases added (WordNet verbs whose -s or -ed form the source has)"]);
    }

    [Fact]
    public void ARegularParticipleIsAPastTenseToo()
    {
        const string indexVerb = """
            wound v 1 1 @ 1 0 00000001
            plan v 1 1 @ 1 0 00000002
            carry v 1 1 @ 1 0 00000003
            freeze v 1 1 @ 1 0 00000004
            """;
        const string module = """
            var lexicon = { "wounded": "VBN|JJ", "planned": "VBN", "carried": "VBN", "frozen": "VBN", "fabled": "VBN", "seated": "VBN|VBD" };
            """;
        var counts = new ImportCounts();
        var verbs = LexiconImporter.IndexLemmas(new StringReader(indexVerb));
        var entries = LexiconImporter.AddRegularPasts(LexiconImporter.Read(module, "lexicon.js", [], counts), verbs, ["frozen"], counts);
        var words = entries.ToDictionary(e => e.Word, e => string.Join(' ', e.Tags));
        Assert.Equal("VBN VBD JJ", words["wounded"]);   // VBD right after VBN
        Assert.Equal("VBN VBD", words["planned"]);      // a doubled consonant undone
        Assert.Equal("VBN VBD", words["carried"]);      // "ied" from "y"
        Assert.Equal("VBN", words["frozen"]);           // an irregular form: its past tense is another
        Assert.Equal("VBN", words["fabled"]);           // no WordNet verb "fable" here
        Assert.Equal("VBN VBD", words["seated"]);       // a past tense already: unchanged
        Assert.Equal(3, counts["participles given VBD (regular WordNet verbs)"]);
    }
}
