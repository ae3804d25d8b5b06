namespace Pledgewatch.Tests.Reading;

/// <summary>A case of Specs/reading/datelines.json: plain text and the dateline place expected (null: none).</summary>
internal sealed record DatelineCase(string Id, string Input, string? Dateline, string Note);
