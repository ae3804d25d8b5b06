using System.Globalization;
using System.Text;
using MiniExcelLibs;
using Pledgewatch.Ledger.Export;
using Pledgewatch.Ledger.Tests.Support;
using Pledgewatch.Records;
using static Pledgewatch.Ledger.Tests.Support.Some;

namespace Pledgewatch.Ledger.Tests.Export;

/// <summary>CSV and XLSX as a spreadsheet reads them: formulas only where a cell could be one, days as date cells.</summary>
public sealed class SpreadsheetExportTests
{
    private static List<LedgerEntry> Entries(SqliteDatabase db)
    {
        var store = db.Open();
        // No recipient code ("-" in the row) and a location whose text a spreadsheet would run as a formula.
        var pledge = Pledge("one", "CAN", "UKR", 2_500_000_000m, "CAD", Day("2025-12-20"), Day("2025-12-31")) with
        {
            Recipient = [new EntityRef("the people of Ukraine", null)],
            Location = new PlaceRef("=HYPERLINK(\"http://evil.example\",\"Ottawa\")", null),
        };
        store.Ingest(Document("one"), [pledge], "test");
        return [.. store.Entries(EntryFilter.All)];
    }

    [Fact]
    public void CsvEscapesOnlyCellsThatCouldBeFormulas()
    {
        using var db = new SqliteDatabase();
        using var buffer = new MemoryStream();
        LedgerExporter.Write(ExportFormat.Csv, Entries(db), buffer);
        var row = Encoding.UTF8.GetString(buffer.ToArray()).Split('\n')[1];
        Assert.StartsWith("1,candidate,AGREE,,CAN,-,2025-12-20,2025-12-31,2500000000,CAD,,recovery,pledged,", row);
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Ottawa\"\")\"", row);
    }

    [Fact]
    public void XlsxHasDateCellsAndNumbers()
    {
        using var db = new SqliteDatabase();
        using var buffer = new MemoryStream();
        LedgerExporter.Write(ExportFormat.Xlsx, Entries(db), buffer);
        buffer.Position = 0;
        var row = (IDictionary<string, object?>)buffer.Query(useHeaderRow: true).Single();
        Assert.Equal(new DateTime(2025, 12, 20), Assert.IsType<DateTime>(row["date_from"]));
        Assert.Equal(new DateTime(2025, 12, 31), Assert.IsType<DateTime>(row["date_to"]));
        Assert.Equal(2_500_000_000d, Convert.ToDouble(row["amount"], CultureInfo.InvariantCulture));
        Assert.Equal("-", row["recipient"]);
    }
}
