using Pledgewatch.Entities;
using Pledgewatch.Reading;
using Pledgewatch.Reference;
using Pledgewatch.Sentences;

namespace Pledgewatch.Tests.Entities;

/// <summary>Runs the pipeline up to the entities stage on a text: sentences, tokens, mentions in order.</summary>
internal static class EntityRun
{
    private static readonly Lazy<EntityExtractor> Shared = new(() => new EntityExtractor(ReferenceData.Load()));

    public static EntityExtractor Extractor => Shared.Value;

    public static List<Mention> Mentions(string text, DateOnly? published = null, string? outlet = null)
    {
        var context = Extractor.StartDocument(new Document("test", text, published, outlet));
        var mentions = new List<Mention>();
        foreach (var sentence in Split(text))
            mentions.AddRange(context.Next(sentence, Tokenizer.Tokenize(text, sentence.Span)));
        return mentions;
    }

    /// <summary>Sentences end at ". ", "? ", "! " or a line break; good enough for hand-written cases.</summary>
    public static IEnumerable<Sentence> Split(string text)
    {
        int start = 0, index = 0;
        for (int i = 0; i < text.Length; i++)
        {
            bool end = text[i] == '\n' || (text[i] is '.' or '?' or '!' && (i + 1 == text.Length || text[i + 1] == ' ') && !IsAbbreviation(text, i));
            if (!end) continue;
            if (i + 1 > start && !string.IsNullOrWhiteSpace(text[start..(i + 1)])) yield return new Sentence(index++, new TextSpan(start, i + 1));
            start = i + 1;
        }
        if (start < text.Length && !string.IsNullOrWhiteSpace(text[start..])) yield return new Sentence(index, new TextSpan(start, text.Length));
    }

    // "U.S. officials", "Mr. Sunak", "Hon. Dickon Mitchell": a period after a capital letter or a short title does not end the sentence.
    private static bool IsAbbreviation(string text, int i) =>
        i >= 1 && char.IsUpper(text[i - 1]) && (i < 2 || !char.IsLetter(text[i - 2]))
        || i >= 2 && text.AsSpan(0, i).EndsWith("Mr") || text.AsSpan(0, i).EndsWith("Mrs") || text.AsSpan(0, i).EndsWith("Dr") || text.AsSpan(0, i).EndsWith("Hon");

    public static string Describe(Mention m) =>
        $"{m.Text} → {m.Kind}/{m.Form} {m.Code ?? "null"} {m.Sector ?? "-"} {m.Name ?? ""}{(m.Possessive ? " 's" : "")}";
}
