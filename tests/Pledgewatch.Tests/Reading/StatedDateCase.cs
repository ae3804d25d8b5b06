namespace Pledgewatch.Tests.Reading;

/// <summary>A case of Specs/reading/stated-dates.json: plain text and the publication date it states (null: none).</summary>
internal sealed record StatedDateCase(string Id, string Input, DateOnly? Published, string Note);
