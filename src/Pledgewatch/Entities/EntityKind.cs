namespace Pledgewatch.Entities;

public enum EntityKind : byte
{
    /// <summary>A state or its government ("Canada", "Ottawa" as metonym, "Ukrainian").</summary>
    State,
    /// <summary>A named person ("Mark Carney", "Carney", "he" once resolved).</summary>
    Person,
    /// <summary>An international body or a named institution ("NATO", "the European Commission", "Global Affairs Canada").</summary>
    Body,
    /// <summary>A place that is not a state: a city or region, coded to its country ("Halifax" → CAN).</summary>
    Place,
    /// <summary>An unnamed group ("analysts", "think-tank experts", "the opposition").</summary>
    Group,
}

/// <summary>How the mention names its referent; the events stage weighs them differently.</summary>
public enum MentionForm : byte
{
    Name,
    /// <summary>An adjective of nationality ("Ukrainian children", "Canadian Armed Forces").</summary>
    Demonym,
    /// <summary>A capital standing for its government ("Ottawa said").</summary>
    Capital,
    /// <summary>A surname alone, after the full name was seen ("Carney").</summary>
    Surname,
    /// <summary>A title without a name ("the Prime Minister"), resolved by office and context.</summary>
    Title,
    /// <summary>"he", "she", "they", "it", "his", "their", resolved to an earlier mention.</summary>
    Pronoun,
}
