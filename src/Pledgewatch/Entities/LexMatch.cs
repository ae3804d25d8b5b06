namespace Pledgewatch.Entities;

/// <summary>A phrase of the lexicon found in a sentence: tokens <see cref="Start"/> to <see cref="End"/> (exclusive).</summary>
internal readonly record struct LexMatch(int Start, int End, LexEntry Entry)
{
    public int Length => End - Start;
}
