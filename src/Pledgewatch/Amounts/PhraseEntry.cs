namespace Pledgewatch.Amounts;

/// <summary>One phrase of a <see cref="PhraseTable{T}"/>: its tokens' texts ("~" is a gap) and what it stands for.</summary>
internal sealed record PhraseEntry<T>(string[] Words, T Value, PhraseOptions Options);
