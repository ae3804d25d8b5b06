using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pledgewatch.Tests.Entities;

/// <summary>An expected mention; <see cref="Sector"/>, <see cref="Name"/> and <see cref="Possessive"/> are checked when present.</summary>
internal sealed record ExpectedMention(
    string Text,
    string Kind,
    string Form,
    string? Code,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] JsonElement Sector = default,
    string? Name = null,
    bool? Possessive = null);
