namespace Pledgewatch.Web.Api;

/// <summary>The body of a merge: the entry to fold into the one in the path; <paramref name="Force"/> to merge entries of different kinds of event (refused otherwise, saying why).</summary>
internal sealed record MergeRequest(long From, bool Force = false);
