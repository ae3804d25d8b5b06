namespace Pledgewatch.Web.Api;

/// <summary>The body of an attach: the entry (package) that the one in the path is a part of.</summary>
internal sealed record AttachRequest(long Package);
