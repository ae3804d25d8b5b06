namespace Pledgewatch.Ledger.Review;

/// <summary>
/// Every write names who made it (the signed-in user, the token's user, or the command line's <c>--user</c>): the
/// audit log is only as good as its authors, so a write without one is refused rather than recorded as "unknown".
/// </summary>
public static class Author
{
    /// <summary>The longest author name kept (user names are at most 100 characters).</summary>
    public const int MaxLength = 100;

    /// <summary>Why <paramref name="who"/> cannot be an author, or null when it can.</summary>
    public static string? Missing(string? who) =>
        string.IsNullOrWhiteSpace(who) ? "every change needs an author: name who is acting"
        : who.Length > MaxLength || who.Any(char.IsControl) ? $"an author is 1 to {MaxLength} printable characters"
        : null;
}
