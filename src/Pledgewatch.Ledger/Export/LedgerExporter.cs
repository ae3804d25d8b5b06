using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;
using Pledgewatch.Records;

namespace Pledgewatch.Ledger.Export;

/// <summary>Writes entries to a stream in one of the <see cref="ExportFormat"/>s, enumerating them once (memory stays bounded except for XLSX's own buffering).</summary>
public static class LedgerExporter
{
    /// <returns>The number of entries written.</returns>
    public static int Write(ExportFormat format, IEnumerable<LedgerEntry> entries, Stream output) => format switch
    {
        ExportFormat.Csv => WriteCsv(entries, output),
        ExportFormat.Json => WriteJson(entries, output),
        ExportFormat.Plover => WritePlover(entries, output),
        _ => WriteXlsx(entries, output),
    };

    private static int WriteCsv(IEnumerable<LedgerEntry> entries, Stream output)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true);
        using var csv = CsvWriter.Create(writer, new CsvWriterOptions(), leaveOpen: true);
        csv.WriteHeader(EntryRowView.Columns);
        int n = 0;
        foreach (var e in entries)
        {
            csv.WriteRecord(EntryRowView.Values(e).Select(Text).ToArray());
            n++;
        }
        csv.Flush();
        return n;
    }

    /// <summary>A CSV cell: numbers and dates invariant, text guarded against formula injection (<see cref="FormulaGuard"/>).</summary>
    private static string Text(object? value) => value switch
    {
        null => "",
        string s => FormulaGuard.Cell(s),
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    private static int WriteJson(IEnumerable<LedgerEntry> entries, Stream output)
    {
        using var w = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = EntryJson.Options.Encoder });
        w.WriteStartArray();
        int n = 0;
        foreach (var e in entries)
        {
            EntryJson.WriteEntry(w, e);
            if (++n % 100 == 0) w.Flush();
        }
        w.WriteEndArray();
        w.Flush();
        output.WriteByte((byte)'\n');
        return n;
    }

    /// <summary>
    /// One EVENTS.md record per entry: its fields, the first source's doc and evidence, confidence 1 when accepted; the
    /// id is <see cref="PloverId"/>, unique in the export, and a part's <c>commitment.part_of</c> is its package's.
    /// </summary>
    private static int WritePlover(IEnumerable<LedgerEntry> entries, Stream output)
    {
        int n = 0;
        foreach (var e in entries)
        {
            var first = e.Sources.FirstOrDefault();
            var f = e.Fields;
            var record = new EventRecord
            {
                Doc = first?.Doc ?? PloverId(e.Id),
                Id = PloverId(e.Id),
                EventType = f.EventType, Mode = f.Mode, Context = f.Context, Actor = f.Actor, Recipient = f.Recipient,
                Date = f.Date, Location = f.Location, Sanction = f.Sanction,
                Commitment = f.Commitment is { } c && e.Parent is long parent ? c with { PartOf = PloverId(parent) } : f.Commitment,
                Evidence = first?.Evidence ?? new Evidence(0, 0, 0, ""),
                Confidence = e.Status == EntryStatus.Accepted ? 1.0 : 0.5,
            };
            var line = Encoding.UTF8.GetBytes(RecordJson.ToJsonLine(record) + "\n");
            output.Write(line);
            n++;
        }
        return n;
    }

    /// <summary>The PLOVER export's record id of entry <paramref name="id"/>: "ledger-5".</summary>
    public static string PloverId(long id) => $"ledger-{id.ToString(CultureInfo.InvariantCulture)}";

    private static int WriteXlsx(IEnumerable<LedgerEntry> entries, Stream output)
    {
        int n = 0;
        IEnumerable<Dictionary<string, object?>> Rows()
        {
            foreach (var e in entries)
            {
                n++;
                var values = EntryRowView.Values(e, dates: true);
                var row = new Dictionary<string, object?>(EntryRowView.Columns.Length);
                for (int i = 0; i < values.Length; i++) row[EntryRowView.Columns[i]] = values[i];
                yield return row;
            }
        }
        // Dates as date cells (serial numbers with a date format), so spreadsheets sort and filter them as dates; text
        // cells are written as values, never formulas, so they need no guard.
        var configuration = new OpenXmlConfiguration
        {
            DynamicColumns = [.. EntryRowView.DateColumns.Select(c => new DynamicExcelColumn(c) { Format = "yyyy-mm-dd", Width = 12 })],
        };
        output.SaveAs(Rows(), sheetName: "ledger", excelType: ExcelType.XLSX, configuration: configuration);
        return n;
    }
}
