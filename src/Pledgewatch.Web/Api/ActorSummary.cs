namespace Pledgewatch.Web.Api;

/// <summary>An actor in the ledger: its code and how many live entries name it as actor (one of a compound actor counts).</summary>
internal sealed record ActorSummary(string Code, long Entries);
