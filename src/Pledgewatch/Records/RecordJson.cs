using System.Globalization;
using System.Text.Json;

namespace Pledgewatch.Records;

/// <summary>
/// Writes <see cref="EventRecord"/>s as EVENTS.md JSON, field by field, so the contract is visible in one place and
/// no reflection runs per record. Reading back is for the eval command and tests.
/// </summary>
public static class RecordJson
{
    public static void Write(Utf8JsonWriter w, EventRecord r)
    {
        w.WriteStartObject();
        w.WriteString("doc", r.Doc);
        if (r.Id.Length > 0) w.WriteString("id", r.Id);
        w.WriteString("event_type", r.EventType);
        WriteNullableString(w, "mode", r.Mode);
        w.WriteStartArray("context");
        foreach (var c in r.Context) w.WriteStringValue(c);
        w.WriteEndArray();
        WriteEntities(w, "actor", r.Actor);
        WriteEntities(w, "recipient", r.Recipient);

        w.WriteStartObject("date");
        if (r.Date.From == r.Date.To) w.WriteString("on", Iso(r.Date.From));
        else
        {
            w.WriteString("from", Iso(r.Date.From));
            w.WriteString("to", Iso(r.Date.To));
        }
        if (r.Date.Text is not null) w.WriteString("text", r.Date.Text);
        w.WriteEndObject();

        if (r.Location is null) w.WriteNull("location");
        else
        {
            w.WriteStartObject("location");
            w.WriteString("text", r.Location.Text);
            WriteNullableString(w, "code", r.Location.Code);
            w.WriteEndObject();
        }

        if (r.Commitment is null) w.WriteNull("commitment");
        else WriteCommitment(w, r.Commitment);

        if (r.Sanction is null) w.WriteNull("sanction");
        else
        {
            w.WriteStartObject("sanction");
            WriteEntities(w, "targets", r.Sanction.Targets);
            if (r.Sanction.Count is int n) w.WriteNumber("count", n); else w.WriteNull("count");
            WriteNullableString(w, "instrument", r.Sanction.Instrument);
            w.WriteEndObject();
        }

        w.WriteStartObject("evidence");
        w.WriteNumber("sentence", r.Evidence.Sentence);
        w.WriteNumber("start", r.Evidence.Start);
        w.WriteNumber("end", r.Evidence.End);
        w.WriteString("text", r.Evidence.Text);
        w.WriteEndObject();
        w.WriteNumber("confidence", Math.Round(r.Confidence, 2));
        w.WriteEndObject();
    }

    private static void WriteCommitment(Utf8JsonWriter w, Commitment c)
    {
        w.WriteStartObject("commitment");
        if (c.Amount is null) w.WriteNull("amount");
        else
        {
            w.WriteStartObject("amount");
            w.WriteNumber("value", c.Amount.Value);
            WriteNullableString(w, "currency", c.Amount.Currency);
            w.WriteString("text", c.Amount.Text);
            w.WriteEndObject();
        }
        w.WriteStartArray("instruments");
        foreach (var i in c.Instruments) w.WriteStringValue(i);
        w.WriteEndArray();
        WriteNullableString(w, "purpose", c.Purpose);
        if (c.Items.Count > 0)
        {
            w.WriteStartArray("items");
            foreach (var item in c.Items)
            {
                w.WriteStartObject();
                w.WriteString("text", item.Text);
                w.WriteNumber("quantity", item.Quantity);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        w.WriteString("stage", c.Stage);
        if (c.PartOf is not null) w.WriteString("part_of", c.PartOf);
        w.WriteEndObject();
    }

    private static void WriteEntities(Utf8JsonWriter w, string name, IReadOnlyList<EntityRef> entities)
    {
        w.WriteStartArray(name);
        foreach (var e in entities)
        {
            w.WriteStartObject();
            w.WriteString("text", e.Text);
            WriteNullableString(w, "code", e.Code);
            if (e.Sector is not null) w.WriteString("sector", e.Sector);
            if (e.Name is not null) w.WriteString("name", e.Name);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteNullableString(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name); else w.WriteString(name, value);
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The writer options for JSON Lines: compact, and non-ASCII letters kept readable.</summary>
    public static JsonWriterOptions LineOptions { get; } = new()
    {
        Indented = false,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>One record as a JSON line (without the newline).</summary>
    public static string ToJsonLine(EventRecord r)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, LineOptions)) Write(w, r);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
