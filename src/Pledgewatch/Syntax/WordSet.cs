namespace Pledgewatch.Syntax;

/// <summary>
/// A set of words compared ignoring case (ordinal), whose answer for each spelling a parse remembers
/// (<see cref="SentenceParse.In"/>): the rules that try their phrases only where one of the first words stands ask
/// every token of every sentence, and each ask of the set hashes the word. Built once; immutable: thread-safe.
/// </summary>
internal sealed class WordSet
{
    // Sets numbered from 0; WordFacts remembers the answers of the first 32, and later ones ask the set every time.
    private static int s_count;

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordSet(IEnumerable<string> words)
    {
        _lookup = new HashSet<string>(words, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        Id = Interlocked.Increment(ref s_count) - 1;
    }

    /// <summary>This set's number, from 0 in the order sets were made.</summary>
    public int Id { get; }

    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);
}
