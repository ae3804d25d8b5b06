namespace Pledgewatch.Entities;

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
