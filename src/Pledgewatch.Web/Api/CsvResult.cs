using System.Globalization;
using System.Text;

namespace Pledgewatch.Web.Api;

/// <summary>
/// A list as CSV (RFC 4180: comma, CRLF, quotes doubled), streamed row by row as the rows are enumerated. Cells that
/// a spreadsheet would run as a formula (=, +, -, @ first) get a leading apostrophe.
/// </summary>
internal sealed class CsvResult(string fileName, IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<object?>> rows) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.ContentType = "text/csv; charset=utf-8";
        response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        await using var writer = new StreamWriter(response.Body, new UTF8Encoding(false), 64 * 1024);
        await writer.WriteAsync(Line(columns.Cast<object?>().ToList()));
        foreach (var row in rows)
        {
            await writer.WriteAsync(Line(row));
            httpContext.RequestAborted.ThrowIfCancellationRequested();
        }
    }

    private static string Line(IReadOnlyList<object?> cells) => string.Join(',', cells.Select(Cell)) + "\r\n";

    private static string Cell(object? value)
    {
        var s = value switch
        {
            null => "",
            double d => d.ToString("R", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        if (s.Length > 0 && value is string && s[0] is '=' or '+' or '-' or '@') s = "'" + s;
        return s.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{s.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : s;
    }
}
