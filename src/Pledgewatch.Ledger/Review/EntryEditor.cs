using System.Globalization;
using Pledgewatch.Records;

namespace Pledgewatch.Ledger.Review;

/// <summary>
/// Turns <c>field=value</c> pairs of <c>ledger edit</c> into a change of the normalised fields. Fields: event_type,
/// mode, actor and recipient (codes, comma-separated), date (YYYY-MM-DD or FROM..TO), amount, currency, instruments
/// (comma-separated), purpose, stage, location (ISO3). An empty value clears an optional field.
/// </summary>
public static class EntryEditor
{
    public static readonly string[] Fields = ["event_type", "mode", "actor", "recipient", "date", "amount", "currency", "instruments", "purpose", "stage", "location"];

    /// <returns>The edit to apply, or the reason the pairs are refused (naming the pair).</returns>
    public static (Func<EntryFields, EntryFields>? Edit, string? Error) Parse(IReadOnlyList<string> pairs)
    {
        var steps = new List<Func<EntryFields, EntryFields>>();
        foreach (var pair in pairs)
        {
            int eq = pair.IndexOf('=');
            if (eq <= 0) return (null, $"'{pair}' is not field=value");
            var (name, value) = (pair[..eq].Trim().ToLowerInvariant(), pair[(eq + 1)..].Trim());
            Func<EntryFields, EntryFields>? step = name switch
            {
                "event_type" when value.Length > 0 => f => f with { EventType = value.ToUpperInvariant() },
                "mode" => f => f with { Mode = Optional(value) },
                "actor" => f => f with { Actor = Entities(value) },
                "recipient" => f => f with { Recipient = Entities(value) },
                "date" when TryDate(value, out var date) => f => f with { Date = date },
                "amount" when value.Length == 0 => f => WithCommitment(f, c => c with { Amount = null }),
                "amount" when decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) =>
                    f => WithCommitment(f, c => c with { Amount = new Money(amount, c.Amount?.Currency, c.Amount?.Text ?? value) }),
                "currency" when value.Length == 3 => f => WithCommitment(f, c => c with { Amount = c.Amount is null ? null : c.Amount with { Currency = value.ToUpperInvariant() } }),
                "instruments" => f => WithCommitment(f, c => c with { Instruments = List(value) }),
                "purpose" => f => WithCommitment(f, c => c with { Purpose = Optional(value) }),
                "stage" when value is "sought" or "pledged" or "committed" or "delivered" or "withdrawn" => f => WithCommitment(f, c => c with { Stage = value }),
                "location" => f => f with { Location = value.Length == 0 ? null : new PlaceRef(f.Location?.Text ?? value, value.ToUpperInvariant()) },
                _ => null,
            };
            if (step is null)
            {
                return Fields.Contains(name)
                    ? (null, $"'{value}' is not a valid value for {name}")
                    : (null, $"'{name}' is not an editable field ({string.Join(", ", Fields)})");
            }
            steps.Add(step);
        }
        if (steps.Count == 0) return (null, "nothing to edit: give field=value pairs");
        return (f => steps.Aggregate(f, (acc, step) => step(acc)), null);
    }

    private static EntryFields WithCommitment(EntryFields f, Func<Commitment, Commitment> change) =>
        f with { Commitment = change(f.Commitment ?? new Commitment { Stage = "pledged" }) };

    private static string? Optional(string value) => value.Length == 0 ? null : value;

    private static IReadOnlyList<string> List(string value) =>
        value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static IReadOnlyList<EntityRef> Entities(string value) =>
        List(value).Select(code => new EntityRef(code.ToUpperInvariant(), code.ToUpperInvariant())).ToList();

    private static bool TryDate(string value, out EventDate date)
    {
        date = null!;
        var parts = value.Split("..");
        if (parts.Length is < 1 or > 2) return false;
        if (!DateOnly.TryParseExact(parts[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)) return false;
        var to = from;
        if (parts.Length == 2 && !DateOnly.TryParseExact(parts[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out to)) return false;
        if (to < from) return false;
        date = new EventDate(from, to, null);
        return true;
    }
}
