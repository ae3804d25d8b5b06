using System.Globalization;
using System.Text;
using Pledgewatch.Reading;
using Pledgewatch.Syntax;
using Pledgewatch.Tests.Support;

namespace Pledgewatch.Tests.Syntax;

/// <summary>Parses one sentence written in a test through the real pipeline (reading, analysis, syntax).</summary>
internal static class Parses
{
    public static SentenceParse One(string text, string published = "2026-01-05", string? outlet = null)
    {
        var date = DateOnly.Parse(published, CultureInfo.InvariantCulture);
        var read = DocumentReader.Read(Encoding.UTF8.GetBytes(text), new ReadOptions("syntax-case", date, outlet));
        Assert.True(read.Succeeded, read.Error);
        var document = read.Document!;
        var sentences = Coder.Pipeline.Analyse(document, date).ToList();
        Assert.True(sentences.Count == 1, $"{sentences.Count} sentences in \"{text}\"; a syntax case is one sentence");
        return Coder.Pipeline.Parse(document.Text, sentences[0]);
    }

    /// <summary>Tags, chunks and clauses, as <c>pledgewatch explain</c> prints them.</summary>
    public static string Describe(SentenceParse p) =>
        $"tags    {ParseFormatter.Tagged(p)}\nchunks  {ParseFormatter.Chunks(p)}\n"
        + string.Concat(ParseFormatter.Clauses(p).Select(line => $"clause  {line}\n"));
}
