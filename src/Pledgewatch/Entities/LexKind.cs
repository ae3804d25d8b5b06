namespace Pledgewatch.Entities;

/// <summary>What a phrase of the lexicon names; one phrase may carry several (e.g. "Ottawa": capital and city).</summary>
internal enum LexKind : byte
{
    CountryName,
    Demonym,
    Capital,
    Person,
    Body,
    Institution,
    Title,
    /// <summary>"deputy", "former", "acting": in front of a title.</summary>
    TitleModifier,
    /// <summary>"Mr", "Mrs", "Dr": in front of a surname.</summary>
    Honorific,
    Commentator,
    StateNoun,
    Place,
    Pronoun,
    GroupSubject,
}
