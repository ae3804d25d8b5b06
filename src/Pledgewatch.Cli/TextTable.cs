using System.Globalization;
using System.Text;

namespace Pledgewatch.Cli;

/// <summary>
/// A plain table for the terminal and for scripts: a header, then one line per row, columns padded to their widest
/// cell (width in characters, as monospaced terminals show them), numbers right-aligned, two spaces between columns and
/// no trailing spaces. Rows are held until <see cref="Write"/>, so commands that print one keep their lists bounded.
/// </summary>
internal sealed class TextTable
{
    private readonly string[] _headers;
    private readonly bool[] _right;
    private readonly List<string[]> _rows = [];

    /// <param name="columns">Headers; a header ending in '>' is right-aligned (the '>' is not shown).</param>
    public TextTable(params string[] columns)
    {
        _right = [.. columns.Select(c => c.EndsWith('>'))];
        _headers = [.. columns.Select(c => c.TrimEnd('>'))];
    }

    public int Count => _rows.Count;

    public void Add(params object?[] cells)
    {
        if (cells.Length != _headers.Length) throw new ArgumentException($"{cells.Length} cells for {_headers.Length} columns", nameof(cells));
        _rows.Add([.. cells.Select(c => Convert.ToString(c, CultureInfo.InvariantCulture)?.ReplaceLineEndings(" ") ?? "")]);
    }

    public void Write(TextWriter output)
    {
        var widths = _headers.Select((h, i) => _rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        output.Write(Line(_headers, widths));
        foreach (var row in _rows) output.Write(Line(row, widths));
    }

    private string Line(string[] cells, int[] widths)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < cells.Length; i++)
        {
            if (i > 0) sb.Append("  ");
            sb.Append(_right[i] ? cells[i].PadLeft(widths[i]) : i == cells.Length - 1 ? cells[i] : cells[i].PadRight(widths[i]));
        }
        return sb.ToString().TrimEnd() + "\n";
    }
}
