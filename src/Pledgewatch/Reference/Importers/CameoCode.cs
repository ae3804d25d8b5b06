using System.Text.RegularExpressions;

namespace Pledgewatch.Reference.Importers;

/// <summary>
/// An event code of the CAMEO verb dictionary, as written between brackets: <c>---</c> (the null code: no event),
/// <c>190</c>, or a TABARI pair <c>042:043</c>, whose second code is the event seen from the other side (the target
/// acting on the source: "A visits B" is also "B hosts A"); <c>:110</c> has only that reversed event.
/// </summary>
/// <param name="Text">The code as written, kept in the frame file so that a row can be checked against the dictionary.</param>
/// <param name="Primary">The source-to-target code, or null.</param>
/// <param name="Reverse">The target-to-source code of a pair, or null.</param>
internal readonly partial record struct CameoCode(string Text, string? Primary, string? Reverse)
{
    public bool IsNull => Primary is null && Reverse is null;

    /// <summary>The code whose PLOVER mapping a row takes: the primary one, else the reversed one.</summary>
    public string? Effective => Primary ?? Reverse;

    /// <summary>Reads "190", "042:043", ":110", "---"; false for anything else ("080!").</summary>
    public static bool TryParse(string text, out CameoCode code)
    {
        text = text.Trim();
        code = default;
        var m = CodePattern().Match(text);
        if (!m.Success || text.Length == 0) return false;
        code = new CameoCode(text, Part(m.Groups["a"].Value), Part(m.Groups["b"].Value));
        return true;
    }

    private static string? Part(string s) => s.Length == 0 || s == "---" ? null : s;

    // Two to four digits or the null code "---", optionally paired with a second after a colon.
    [GeneratedRegex(@"^(?<a>\d{2,4}|---)?(?::(?<b>\d{2,4}|---))?$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();
}
