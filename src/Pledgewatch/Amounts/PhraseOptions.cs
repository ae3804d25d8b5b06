namespace Pledgewatch.Amounts;

/// <summary>How a <see cref="PhraseTable{T}"/> phrase must be written in the text to match.</summary>
[Flags]
internal enum PhraseOptions : byte
{
    None = 0,
    /// <summary>Exact case ("EUR", not "eur").</summary>
    CaseSensitive = 1,
    /// <summary>No space between its tokens ("A$", "U.S.$").</summary>
    Joined = 2,
}
