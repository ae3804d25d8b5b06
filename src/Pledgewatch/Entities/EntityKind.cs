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
