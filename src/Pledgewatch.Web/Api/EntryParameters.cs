using System.Globalization;
using Pledgewatch.Ledger.Storage;

namespace Pledgewatch.Web.Api;

/// <summary>Turns <see cref="EntryListParameters"/> into an <see cref="EntryQuery"/>, or the errors per parameter (for a 400 ProblemDetails).</summary>
internal static class EntryParameters
{
    public const int DefaultPageSize = 50;

    public static (EntryQuery Query, Dictionary<string, string[]> Errors) Parse(EntryListParameters p, string defaultSort = "id")
    {
        var errors = new Dictionary<string, string[]>();
        var statuses = p.Status?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => s.ToLowerInvariant()).ToList();
        if (statuses?.FirstOrDefault(s => !Vocabulary.Statuses.Contains(s)) is { } badStatus) errors["status"] = [$"'{badStatus}' is not a status ({string.Join(", ", Vocabulary.Statuses)})"];
        var type = OneOf(p.Type?.ToUpperInvariant(), Vocabulary.EventTypes, "type", errors);
        var stage = OneOf(p.Stage?.ToLowerInvariant(), Vocabulary.Stages, "stage", errors);
        var purpose = OneOf(p.Purpose?.ToLowerInvariant(), Vocabulary.Purposes, "purpose", errors);
        var actor = Code(p.Actor, "actor", errors);
        var recipient = Code(p.Recipient, "recipient", errors);
        string? currency = null;
        if (!string.IsNullOrWhiteSpace(p.Currency))
        {
            if (p.Currency.Length == 3 && p.Currency.All(char.IsAsciiLetter)) currency = p.Currency.ToUpperInvariant();
            else errors["currency"] = [$"'{p.Currency}' is not an ISO 4217 code such as EUR"];
        }
        var from = Day(p.From, "from", errors);
        var to = Day(p.To, "to", errors);
        if (from > to) errors["to"] = ["'to' is before 'from'"];
        var text = string.IsNullOrWhiteSpace(p.Q) ? null : p.Q.Trim();
        if (text?.Length > 200) errors["q"] = ["at most 200 characters"];
        var sort = string.IsNullOrWhiteSpace(p.Sort) ? defaultSort : p.Sort.Trim();
        if (!EntryQuery.SortKeys.Contains(sort.TrimStart('-'))) errors["sort"] = [$"'{sort}' is not a sort key ({string.Join(", ", EntryQuery.SortKeys)}; '-' in front for descending)"];
        var (offset, limit) = Paging(p.Page, p.PageSize, errors);
        if (p.Format is not (null or "json" or "csv")) errors["format"] = [$"'{p.Format}' is not a format (json or csv)"];
        var dataset = Dataset(p.Dataset, errors);
        var minEur = Eur(p.MinEur, "minEur", errors);
        var maxEur = Eur(p.MaxEur, "maxEur", errors);
        if (minEur > maxEur) errors["maxEur"] = ["'maxEur' is below 'minEur'"];
        var query = new EntryQuery(statuses, type, actor, recipient, stage, purpose, currency, from, to, text, Sort: sort, Offset: offset, Limit: limit,
            Dataset: dataset, MinEur: minEur, MaxEur: maxEur);
        return (query, errors);
    }

    /// <summary>The dataset asked for: news when none is, "all" for the combined view, else a dataset name.</summary>
    public static string Dataset(string? value, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value)) return Ledger.Dataset.News;
        var name = value.Trim().ToLowerInvariant();
        if (name == Ledger.Dataset.All || Ledger.Dataset.Problem(name) is null) return name;
        errors["dataset"] = [Ledger.Dataset.Problem(name)!];
        return Ledger.Dataset.News;
    }

    /// <summary>An amount in EUR, 0 or more, or null (with the error when the text is not one).</summary>
    public static double? Eur(string? value, string name, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (double.TryParse(value.Trim(), NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var n) && double.IsFinite(n)) return n;
        errors[name] = [$"'{value}' is not an amount of EUR (a number, 0 or more)"];
        return null;
    }

    /// <summary>True when the query reads amounts in EUR (sorts or filters by them): the comparisons must be refreshed first.</summary>
    public static bool ReadsEur(EntryQuery q) => q.MinEur is not null || q.MaxEur is not null || q.Sort.TrimStart('-') == "amount";

    /// <summary>Offset and limit of a page, from the page and pageSize parameters as the query string has them.</summary>
    public static (int Offset, int Limit) Paging(string? pageText, string? pageSizeText, Dictionary<string, string[]> errors)
    {
        var page = Integer(pageText, "page", errors);
        var pageSize = Integer(pageSizeText, "pageSize", errors);
        if (page is < 1) errors["page"] = ["pages start at 1"];
        if (pageSize is < 1 or > EntryQuery.MaxLimit) errors["pageSize"] = [$"between 1 and {EntryQuery.MaxLimit}"];
        var size = (int)Math.Clamp(pageSize ?? DefaultPageSize, 1, EntryQuery.MaxLimit);
        // Offsets beyond int range are refused rather than wrapped.
        long offset = (Math.Clamp(page ?? 1, 1, int.MaxValue) - 1) * size;
        if (offset > int.MaxValue) errors["page"] = ["too large"];
        return ((int)Math.Min(offset, int.MaxValue), size);
    }

    /// <summary>True when the query asks for a page (so CSV gives that page rather than the whole list).</summary>
    public static bool AsksForPage(string? page, string? pageSize) => !string.IsNullOrWhiteSpace(page) || !string.IsNullOrWhiteSpace(pageSize);

    /// <summary>A whole number parameter, or null (with the error when the text is not one).</summary>
    public static long? Integer(string? value, string name, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (long.TryParse(value.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)) return n;
        errors[name] = [$"'{value}' is not a whole number"];
        return null;
    }

    public static DateOnly? Day(string? value, string name, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        errors[name] = [$"'{value}' is not a date (YYYY-MM-DD)"];
        return null;
    }

    /// <summary>Entity codes: ISO3 or a body's short code (EU, NATO, COW), 2 to 10 letters or digits, upper-cased.</summary>
    public static string? Code(string? value, string name, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var v = value.Trim().ToUpperInvariant();
        if (v.Length is >= 2 and <= 10 && v.All(char.IsAsciiLetterOrDigit)) return v;
        errors[name] = [$"'{value}' is not an entity code such as CAN, UKR or EU"];
        return null;
    }

    public static string? OneOf(string? value, IReadOnlyList<string> allowed, string name, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (allowed.Contains(value)) return value;
        errors[name] = [$"'{value}' is not one of {string.Join(", ", allowed)}"];
        return null;
    }
}
