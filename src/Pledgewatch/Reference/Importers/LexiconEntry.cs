namespace Pledgewatch.Reference.Importers;

/// <summary>A word of syntax-lexicon.tsv and its Penn Treebank tags, the most frequent first.</summary>
internal sealed record LexiconEntry(string Word, IReadOnlyList<string> Tags);
