using Pledgewatch.Sentences;

namespace Pledgewatch.Amounts;

/// <summary>Finds counted items of equipment ("six M777 howitzers", "59 Bradley fighting vehicles").</summary>
public static class ItemExtractor
{
    public static List<ItemMention> Extract(string text, IReadOnlyList<Token> tokens) => []; // STUB(amounts)
}
