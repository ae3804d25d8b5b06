using System.Globalization;
using Dapper;

namespace Pledgewatch.Ledger.Storage;

/// <summary>
/// The WHERE clause and parameters of an <see cref="EntryQuery"/>. Only fixed SQL fragments are concatenated; every
/// value is a parameter. Stage and text match the stored fields JSON, whose shape <c>"stage":"pledged"</c> is fixed by
/// <see cref="Export.EntryJson"/> (no spaces), so both databases answer the same.
/// </summary>
internal static class EntryWhere
{
    public static (string Sql, DynamicParameters Parameters) Of(EntryQuery q)
    {
        var parts = new List<string> { "merged_into IS NULL" };
        var p = new DynamicParameters();
        if (q.Statuses is { Count: > 0 } statuses)
        {
            var names = statuses.Select((s, i) => { p.Add($"status{i}", s); return $"status = @status{i}"; });
            parts.Add($"({string.Join(" OR ", names)})");
        }
        Add(parts, p, "event_type = @type", "type", q.Type);
        Add(parts, p, "('+' || actor || '+') LIKE @actor", "actor", q.Actor is null ? null : $"%+{q.Actor}+%");
        Add(parts, p, "('+' || recipient || '+') LIKE @recipient", "recipient", q.Recipient is null ? null : $"%+{q.Recipient}+%");
        Add(parts, p, "fields LIKE @stage", "stage", q.Stage is null ? null : $"%\"stage\":\"{q.Stage}\"%");
        Add(parts, p, "fields LIKE @purpose", "purpose", q.Purpose is null ? null : $"%\"purpose\":\"{q.Purpose}\"%");
        Add(parts, p, "currency = @currency", "currency", q.Currency);
        Add(parts, p, "date_to >= @from", "from", q.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add(parts, p, "date_from <= @to", "to", q.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add(parts, p, "LOWER(fields) LIKE @text", "text", q.Text is null ? null : $"%{Escape(q.Text.ToLowerInvariant())}%");
        if (q.CommitmentsOnly) parts.Add("fields NOT LIKE '%\"commitment\":null%'");
        if (q.Dataset == Dataset.All) parts.Add("same_as IS NULL");
        else Add(parts, p, "dataset = @dataset", "dataset", q.Dataset);
        if (q.MinEur is double min) { parts.Add("amount_eur >= @minEur"); p.Add("minEur", min); }
        if (q.MaxEur is double max) { parts.Add("amount_eur <= @maxEur"); p.Add("maxEur", max); }
        return ("WHERE " + string.Join(" AND ", parts), p);
    }

    /// <summary>The ORDER BY of a sort key ("-date" descending); unknown keys were refused by the caller, id is the fallback.</summary>
    public static string OrderBy(string sort)
    {
        bool desc = sort.StartsWith('-');
        var dir = desc ? "DESC" : "ASC";
        var column = (desc ? sort[1..] : sort) switch
        {
            "date" => $"date_from {dir}, date_to {dir}",
            // Amounts compare in EUR (a JPY amount is not larger than a EUR one because its number is); NULL amounts
            // (none, no rate, or not converted yet) last either way (SQLite and PostgreSQL disagree on where NULLs sort).
            "amount" => $"(amount_eur IS NULL) ASC, amount_eur {dir}",
            "type" => $"event_type {dir}",
            "status" => $"status {dir}",
            "updated" => $"updated_at {dir}",
            "actor" => $"actor {dir}",
            "recipient" => $"recipient {dir}",
            _ => null,
        };
        return column is null ? $"ORDER BY id {dir}" : $"ORDER BY {column}, id {dir}";
    }

    /// <summary>Searches are substrings: LIKE's wildcards typed by a user are taken literally (characters dropped).</summary>
    private static string Escape(string text) => text.Replace("%", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal);

    private static void Add(List<string> parts, DynamicParameters p, string sql, string name, string? value)
    {
        if (value is null) return;
        parts.Add(sql);
        p.Add(name, value);
    }
}
