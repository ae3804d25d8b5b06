namespace Pledgewatch.Dates;

/// <summary>A lexicon entry; <see cref="Value"/> is read according to <see cref="Kind"/>. The default is "not a date word".</summary>
internal readonly record struct DateWord(DateWordKind Kind, int Value);
