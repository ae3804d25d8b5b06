namespace Pledgewatch.Reference;

/// <summary>A national institution (institutions.tsv): "the Pentagon" → USA, MIL.</summary>
/// <param name="Code">ISO3 of the state it belongs to.</param>
/// <param name="Sector">EVENTS.md sector: GOV, MIL, LEG, JUD.</param>
/// <param name="Namesakes">Other states with an organ of the same name ("Congress" in Brazil, "Senate" in France): in an
/// outlet of one of them, the name is its own organ.</param>
internal sealed record Institution(string Phrase, string Code, string Sector, string Canonical, string[] Namesakes);
