using Pledgewatch.Web.Comparisons;

namespace Pledgewatch.Web.Api;

/// <summary>One actor: its name (the code where none is known), entries by category as actor, entries naming it as recipient, and where it ranks.</summary>
internal sealed record ActorDetail(string Code, string Name, IReadOnlyDictionary<string, long> AsActor, long AsRecipient, ActorStanding Standing);
