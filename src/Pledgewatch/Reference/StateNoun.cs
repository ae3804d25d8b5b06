namespace Pledgewatch.Reference;

/// <summary>
/// A noun after a demonym or a country's name that makes the phrase an organ of that state (state-nouns.tsv):
/// "Danish lawmakers" → DNK, LEG; "Canada's foreign ministry" → CAN, GOV.
/// </summary>
/// <param name="Sector">GOV, MIL, LEG, BUS, CVL, MED, JUD; null for the state itself ("the country").</param>
/// <param name="Title">"the" + noun alone names the state last spoken of ("the government", "the country"); not "the troops".</param>
/// <param name="Own">"the" + noun alone is the outlet's own state's ("the Treasury" in a US or British report), whatever state
/// was spoken of last.</param>
/// <param name="Adjective">The noun is an adjective too ("military"): before another common noun ("the UK's military aid")
/// it qualifies that noun and names no organ.</param>
/// <param name="Alone">Capitalised, the noun alone names the organ without "the" ("Cabinet on Monday approved …"), as a
/// legislature's does ("Parliament approved …").</param>
/// <param name="AfterField">The noun names an organ of a state only after a state or after capitalised words of its field
/// ("the National Security Directorate", "Ukraine's Security Service"); "the directorate" alone is no state's.</param>
internal sealed record StateNoun(string Phrase, string? Sector, bool Title, bool Adjective = false, bool Own = false, bool Alone = false, bool AfterField = false);
