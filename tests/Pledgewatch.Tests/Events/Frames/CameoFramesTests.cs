using Pledgewatch.Events.Frames;
using Pledgewatch.Reference;

namespace Pledgewatch.Tests.Events.Frames;

/// <summary>
/// The CAMEO frame table is read lazily, a lemma at a time, from an index of the embedded bytes (issue 12). These
/// tests pin that the index gives every lemma exactly the rows, in the order, that reading the whole table row by
/// row gives it.
/// </summary>
public sealed class CameoFramesTests
{
    [Fact]
    public void EachLemmaGetsTheRowsOfAWholeTableRead()
    {
        var expected = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        using (var reader = EmbeddedTable.Open(CameoFrames.Name))
        {
            int line = 0;
            while (reader.ReadLine() is { } text)
            {
                line++;
                if (text.Length == 0 || text[0] == '#') continue;
                Assert.True(text.Split('\t').Length >= 7, $"line {line} has fewer than 7 columns");
                if (FrameTable.ReadCameoRow(text, CameoFrames.Name, line) is not { } frame) continue;
                if (!expected.TryGetValue(frame.Lemma, out var rows)) expected[frame.Lemma] = rows = [];
                rows.Add(frame.ToString());
            }
        }
        Assert.True(expected.Count > 1000, $"only {expected.Count} lemmas read");

        var lazy = CameoFrames.Load();
        foreach (var (lemma, rows) in expected)
            Assert.Equal(rows, lazy.Rows(lemma).Select(f => f.ToString()));
        foreach (var lemma in lazy.Lemmas)
            if (!expected.ContainsKey(lemma)) Assert.Empty(lazy.Rows(lemma));
    }

    [Fact]
    public void AskedTwiceALemmaGivesTheSameRows()
    {
        var lazy = CameoFrames.Load();
        var first = lazy.Rows("denounce");
        Assert.NotEmpty(first);
        Assert.Same(first, lazy.Rows("denounce"));
        Assert.All(first, f => Assert.StartsWith(CameoFrames.Name + ":", f.Source, StringComparison.Ordinal));
    }

    [Fact]
    public void OurOwnFramesServeTheirLemmasAlone()
    {
        // "pledge" has rows in event-frames.tsv and in the CAMEO table: only ours are read.
        Assert.NotEmpty(CameoFrames.Load().Rows("pledge"));
        Assert.All(FrameTable.Default.Verb("pledge"), f => Assert.False(f.Imported));
    }

    [Fact]
    public void AnUnknownLemmaHasNoRows()
    {
        Assert.Empty(CameoFrames.Load().Rows("zzyzx"));
        Assert.Empty(FrameTable.Default.Verb("zzyzx"));
        Assert.Empty(default(FrameRows));
        Assert.True(default(FrameRows).Count == 0, "default(FrameRows) counts rows");
    }
}
