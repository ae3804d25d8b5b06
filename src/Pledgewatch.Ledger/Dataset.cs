using System.Text.RegularExpressions;

namespace Pledgewatch.Ledger;

/// <summary>
/// Datasets: every entry belongs to one. The ledger's own entries, coded from reports, are <see cref="News"/>; each
/// import (the Kiel tracker, <c>import json</c> of another ledger) is a dataset of its own, never de-duplicated against
/// the news. Rankings, lists and exports read one dataset at a time; <see cref="All"/> asks for the combined view.
/// </summary>
public static partial class Dataset
{
    /// <summary>The entries coded from reports by this ledger's ingest: the default everywhere.</summary>
    public const string News = "news";

    /// <summary>Not a dataset: the combined view of every dataset, a commitment counted once.</summary>
    public const string All = "all";

    /// <summary>
    /// A name a dataset may have: 1 to 40 lower-case letters, digits and hyphens, starting with a letter; never
    /// <see cref="All"/>. Null when valid, else why not (one line, for messages).
    /// </summary>
    public static string? Problem(string name) =>
        name == All ? "'all' is the combined view, not a dataset name"
        : NamePattern().IsMatch(name) ? null
        : $"'{name}' is not a dataset name (1 to 40 lower-case letters, digits and hyphens, starting with a letter)";

    /// <summary>A dataset name made from free text (a file name): lower case, other characters as hyphens; "import" when nothing is left.</summary>
    public static string FromName(string text)
    {
        var name = NotAllowed().Replace(text.ToLowerInvariant(), "-").Trim('-');
        if (name.Length > 40) name = name[..40].TrimEnd('-');
        if (name.Length == 0 || !char.IsAsciiLetterLower(name[0])) name = ("import-" + name).TrimEnd('-');
        return name == All || name == News ? "import-" + name : name;
    }

    [GeneratedRegex("^[a-z][a-z0-9-]{0,39}$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();

    [GeneratedRegex("[^a-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex NotAllowed();
}
