namespace Pledgewatch.Web.Api;

/// <summary>The body of a merge: the entry to fold into the one in the path.</summary>
internal sealed record MergeRequest(long From);
