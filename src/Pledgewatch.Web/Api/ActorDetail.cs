using Pledgewatch.Web.Comparisons;

namespace Pledgewatch.Web.Api;

/// <summary>One actor: entries by category as actor, entries naming it as recipient, and where it ranks.</summary>
internal sealed record ActorDetail(string Code, IReadOnlyDictionary<string, long> AsActor, long AsRecipient, ActorStanding Standing);
