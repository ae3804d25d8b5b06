namespace Pledgewatch.Events.Frames;

/// <summary>
/// What a noun phrase is, for the frames' constraints and roles: the classes of its head noun
/// (event-noun-classes.tsv) and, for mentions, what they mention.
/// </summary>
[Flags]
public enum NounClass : ulong
{
    None = 0,
    Aid = 1 << 0,
    Weapons = 1 << 1,
    Sanction = 1 << 2,
    Meeting = 1 << 3,
    Agreement = 1 << 4,
    Promise = 1 << 5,
    Troops = 1 << 6,
    Attack = 1 << 7,
    Role = 1 << 8,
    Total = 1 << 9,
    Statement = 1 << 10,
    Prisoner = 1 << 11,
    Policy = 1 << 12,
    Diplomat = 1 << 13,
    Retort = 1 << 14,
    Judgement = 1 << 15,
    Exercise = 1 << 22,
    Group = 1 << 23,
    Conveyance = 1 << 24,
    Remote = 1 << 25,
    Route = 1 << 26,
    Legislature = 1 << 27,
    /// <summary>A protest held or staged ("a rally", "a sit-in").</summary>
    Protest = 1 << 28,
    /// <summary>Words for an act done before ("the decision", "the verdict", "the move"): what reactions refer back to.</summary>
    Act = 1 << 29,
    /// <summary>What one party grants another as a concession ("clemency", "an amnesty", "a waiver"): granting it is the concession.</summary>
    Concession = 1u << 30,
    /// <summary>Trade and supplies a state can cut off ("imports", "purchases", "flights").</summary>
    Trade = 1u << 31,
    /// <summary>Joint efforts a state joins: coalitions, alliances, multinational missions.</summary>
    Coalition = 1ul << 32,
    /// <summary>What a measure takes or comes into when it starts to apply ("take effect", "come into force").</summary>
    Onset = 1ul << 33,
    /// <summary>Adjectives that make an organ named without its state a part of the actor's own ("the eastern authorities",
    /// "the rival administration", "local officials").</summary>
    Faction = 1ul << 34,
    /// <summary>Nouns that count or group what their "of" phrase names ("two rounds of strikes", "a wave of attacks").</summary>
    Quantity = 1ul << 35,
    /// <summary>Adjectives that say forces or people come from elsewhere ("the foreign troops", "international forces"): not the scene's own.</summary>
    Outsider = 1ul << 36,
    /// <summary>Laws and reforms a government may hold back under pressure ("delay the legislation", "shelved the reform").</summary>
    Law = 1ul << 37,
    /// <summary>Military bases and camps a state's forces hold abroad and may hand over ("handed over the camp").</summary>
    Installation = 1ul << 38,
    /// <summary>People named by what they are or do ("wrestlers", "lawyers", "truckers"): WordNet's noun.person nouns
    /// (entities-person-nouns.txt).</summary>
    People = 1ul << 39,
    /// <summary>What a state raises rather than spends ("tax measures of Rs215 billion", "a levy on windfall profits").</summary>
    Revenue = 1ul << 40,
    /// <summary>An amount of money.</summary>
    Money = 1 << 16,
    /// <summary>Counted items ("50 Gepard tanks").</summary>
    Items = 1 << 17,
    /// <summary>A mention of a state, person, body or group (or a role noun with an owner: "the head of NATO").</summary>
    Entity = 1 << 18,
    /// <summary>A city or region, or a state named as a place.</summary>
    Place = 1 << 19,
    /// <summary>A named or described person, or people ("students", "protesters").</summary>
    Person = 1 << 20,
    State = 1 << 21,
}

internal static class NounClasses
{
    public static NounClass Parse(string name) => name switch
    {
        "aid" => NounClass.Aid,
        "weapons" => NounClass.Weapons,
        "sanction" => NounClass.Sanction,
        "meeting" => NounClass.Meeting,
        "agreement" => NounClass.Agreement,
        "promise" => NounClass.Promise,
        "troops" => NounClass.Troops,
        "attack" => NounClass.Attack,
        "role" => NounClass.Role,
        "total" => NounClass.Total,
        "statement" => NounClass.Statement,
        "prisoner" => NounClass.Prisoner,
        "policy" => NounClass.Policy,
        "diplomat" => NounClass.Diplomat,
        "retort" => NounClass.Retort,
        "judgement" => NounClass.Judgement,
        "exercise" => NounClass.Exercise,
        "group" => NounClass.Group,
        "conveyance" => NounClass.Conveyance,
        "remote" => NounClass.Remote,
        "route" => NounClass.Route,
        "legislature" => NounClass.Legislature,
        "protest" => NounClass.Protest,
        "act" => NounClass.Act,
        "concession" => NounClass.Concession,
        "trade" => NounClass.Trade,
        "coalition" => NounClass.Coalition,
        "onset" => NounClass.Onset,
        "faction" => NounClass.Faction,
        "quantity" => NounClass.Quantity,
        "outsider" => NounClass.Outsider,
        "law" => NounClass.Law,
        "installation" => NounClass.Installation,
        "revenue" => NounClass.Revenue,
        "money" => NounClass.Money,
        "items" => NounClass.Items,
        "entity" => NounClass.Entity,
        "place" => NounClass.Place,
        "person" => NounClass.Person,
        "state" => NounClass.State,
        _ => NounClass.None,
    };
}
