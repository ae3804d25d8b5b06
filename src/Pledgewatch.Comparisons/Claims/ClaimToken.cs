namespace Pledgewatch.Comparisons.Claims;

/// <summary>
/// A word or phrase of a claim as the lexicons read it: its role (claim-words.tsv's roles, or "actor" with the code in
/// <see cref="Value"/>, or "word" for anything the lexicons do not know) and its position in the token sequence.
/// </summary>
internal readonly record struct ClaimToken(string Role, string Value, string Text, int Index);
