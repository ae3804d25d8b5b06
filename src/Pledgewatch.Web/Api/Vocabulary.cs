namespace Pledgewatch.Web.Api;

/// <summary>The closed value sets of EVENTS.md that filters accept (anything else is a 400 naming the parameter).</summary>
internal static class Vocabulary
{
    public static readonly IReadOnlyList<string> EventTypes =
        ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];

    public static readonly IReadOnlyList<string> Stages = ["sought", "pledged", "committed", "delivered", "withdrawn"];

    public static readonly IReadOnlyList<string> Purposes = ["financial", "military", "humanitarian", "recovery", "reconstruction", "energy", "peacekeeping"];

    /// <summary>Review statuses; "orphaned" is set by a recode only (every record behind the entry vanished).</summary>
    public static readonly IReadOnlyList<string> Statuses = ["candidate", "accepted", "rejected", "orphaned"];
}
