namespace Pledgewatch.Entities;

/// <summary>What a pronoun can refer to: a person, a state or body ("it"), or several of either ("they").</summary>
internal enum PronounKind : byte
{
    Person,
    Thing,
    Plural,
    /// <summary>"I", "we", "my", "our": the author of a statement, outside quotes.</summary>
    FirstPerson,
}
