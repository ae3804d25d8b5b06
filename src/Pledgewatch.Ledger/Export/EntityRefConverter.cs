using System.Text.Json;
using System.Text.Json.Serialization;
using Pledgewatch.Records;

namespace Pledgewatch.Ledger.Export;

/// <summary>EVENTS.md entities: <c>text</c> and <c>code</c> always (code may be null), <c>sector</c> and <c>name</c> only when known.</summary>
internal sealed class EntityRefConverter : JsonConverter<EntityRef>
{
    public override EntityRef Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject) throw new JsonException("an entity must be an object");
        string? text = null, code = null, sector = null, name = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var property = reader.GetString();
            reader.Read();
            var value = reader.TokenType == JsonTokenType.Null ? null : reader.GetString();
            switch (property)
            {
                case "text": text = value; break;
                case "code": code = value; break;
                case "sector": sector = value; break;
                case "name": name = value; break;
            }
        }
        return new EntityRef(text ?? code ?? "", code, sector, name);
    }

    public override void Write(Utf8JsonWriter writer, EntityRef value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("text", value.Text);
        if (value.Code is null) writer.WriteNull("code"); else writer.WriteString("code", value.Code);
        if (value.Sector is not null) writer.WriteString("sector", value.Sector);
        if (value.Name is not null) writer.WriteString("name", value.Name);
        writer.WriteEndObject();
    }
}
