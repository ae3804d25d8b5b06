using System.Globalization;
using Pledgewatch.Records;
using Spectre.Console;

namespace Pledgewatch.Cli.Commands;

/// <summary>The <c>--format table</c> view of records: one row per event, the evidence shortened.</summary>
internal static class RecordTable
{
    public static void Write(IReadOnlyList<EventRecord> records)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Console.Out),
            Ansi = Console.IsOutputRedirected ? AnsiSupport.No : AnsiSupport.Detect,
        });
        if (Console.IsOutputRedirected) console.Profile.Width = 160;
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumns("doc", "type", "actor", "recipient", "date", "where", "amount", "stage", "evidence");
        foreach (var r in records)
        {
            table.AddRow(
                Markup.Escape(r.Doc),
                Markup.Escape(r.EventType + (r.Mode is null ? "" : "/" + r.Mode)),
                Markup.Escape(Entities(r.Actor)),
                Markup.Escape(Entities(r.Recipient)),
                Markup.Escape(r.Date.From == r.Date.To ? Iso(r.Date.From) : $"{Iso(r.Date.From)}..{Iso(r.Date.To)}"),
                Markup.Escape(r.Location?.Code ?? ""),
                Markup.Escape(Amount(r)),
                Markup.Escape(r.Commitment?.Stage ?? (r.Sanction is null ? "" : "sanction")),
                Markup.Escape(Shorten(r.Evidence.Text, 70)));
        }
        console.Write(table);
        console.WriteLine($"{records.Count} record(s)");
    }

    private static string Entities(IReadOnlyList<EntityRef> entities) => string.Join(", ", entities.Select(e => e.Code ?? e.Text));

    private static string Amount(EventRecord r)
    {
        if (r.Commitment?.Amount is not { } a) return r.Commitment is { Items.Count: > 0 } c ? string.Join(", ", c.Items.Select(i => $"{i.Quantity} {i.Text}")) : "";
        return $"{a.Currency ?? "?"} {a.Value.ToString("#,0.##", CultureInfo.InvariantCulture)}";
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Shorten(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";
}
