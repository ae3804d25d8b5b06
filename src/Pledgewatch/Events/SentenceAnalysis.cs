using Pledgewatch.Amounts;
using Pledgewatch.Dates;
using Pledgewatch.Entities;
using Pledgewatch.Sentences;

namespace Pledgewatch.Events;

/// <summary>Everything the earlier stages found in one sentence: the input of the events stage.</summary>
public sealed record SentenceAnalysis(
    Sentence Sentence,
    IReadOnlyList<Token> Tokens,
    IReadOnlyList<Mention> Mentions,
    IReadOnlyList<MoneyMention> Money,
    IReadOnlyList<ItemMention> Items,
    IReadOnlyList<DateMention> Dates);
