using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Pledgewatch.Records;

namespace Pledgewatch.Ledger.Export;

/// <summary>EVENTS.md dates: <c>{"on": day}</c> for one day, else <c>{"from", "to"}</c>; <c>text</c> only when the report gave a phrase.</summary>
internal sealed class EventDateConverter : JsonConverter<EventDate>
{
    public override EventDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject) throw new JsonException("date must be an object");
        DateOnly? on = null, from = null, to = null;
        string? text = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "on": on = Day(reader.GetString()); break;
                case "from": from = Day(reader.GetString()); break;
                case "to": to = Day(reader.GetString()); break;
                case "text": text = reader.TokenType == JsonTokenType.Null ? null : reader.GetString(); break;
                default: reader.Skip(); break;
            }
        }
        if (on is { } day) return new EventDate(day, day, text);
        if (from is null || to is null) throw new JsonException("date needs 'on' or both 'from' and 'to'");
        return new EventDate(from.Value, to.Value, text);
    }

    public override void Write(Utf8JsonWriter writer, EventDate value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        if (value.From == value.To) writer.WriteString("on", Iso(value.From));
        else
        {
            writer.WriteString("from", Iso(value.From));
            writer.WriteString("to", Iso(value.To));
        }
        if (value.Text is not null) writer.WriteString("text", value.Text);
        writer.WriteEndObject();
    }

    private static DateOnly Day(string? s) =>
        DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : throw new JsonException($"'{s}' is not a date (YYYY-MM-DD)");

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
