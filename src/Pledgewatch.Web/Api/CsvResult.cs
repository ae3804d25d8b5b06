using System.Globalization;
using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Http.Metadata;
using Pledgewatch.Ledger.Export;

namespace Pledgewatch.Web.Api;

/// <summary>
/// A list as CSV (RFC 4180: comma, CRLF, quotes doubled), streamed row by row as the rows are enumerated. Text cells
/// that a spreadsheet would run as a formula get a leading apostrophe (<see cref="FormulaGuard"/>); numbers, dates and
/// cells such as "-" stay as they are.
/// </summary>
internal sealed class CsvResult(string fileName, IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<object?>> rows) : IResult, IEndpointMetadataProvider
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

    /// <summary>Lists answer text/csv too (format=csv): said in the OpenAPI document.</summary>
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(string), ["text/csv"]));

    private static string Line(IReadOnlyList<object?> cells) => string.Join(',', cells.Select(Cell)) + "\r\n";

    private static string Cell(object? value)
    {
        var s = value switch
        {
            null => "",
            string text => FormulaGuard.Cell(text),
            double d => d.ToString("R", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        return s.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{s.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : s;
    }
}
