using System.Globalization;

namespace Pledgewatch.Ledger.Export;

/// <summary>
/// Spreadsheet formula injection ("CSV injection", OWASP): a text cell that a spreadsheet would run as a formula gets a
/// leading apostrophe, which spreadsheets show as text and do not display. Only cells that could be a formula are
/// changed: "=…", "@…", a tab or carriage return in front of more text, and "+…"/"-…" unless the cell is a plain number.
/// So "-" (no value), "-12.5" and "+44" stay as they are; "=HYPERLINK(…)", "-2+3+cmd|' /C calc'!A0" and "@SUM(A1)" do not.
/// </summary>
internal static class FormulaGuard
{
    public static string Cell(string text) => CouldBeFormula(text) ? "'" + text : text;

    public static bool CouldBeFormula(string text)
    {
        if (text.Length < 2) return false;
        return text[0] switch
        {
            '=' or '@' or '\t' or '\r' => true,
            '+' or '-' => !decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _),
            _ => false,
        };
    }
}
