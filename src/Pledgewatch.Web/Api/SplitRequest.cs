namespace Pledgewatch.Web.Api;

/// <summary>The body of a split: the source (its id in the entry's sources) to take out.</summary>
internal sealed record SplitRequest(long Source);
