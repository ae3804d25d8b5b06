using Pledgewatch.Reference;

namespace Pledgewatch.Entities;

/// <summary>
/// What one phrase of the lexicon stands for. Which fields are set depends on <see cref="Kind"/>: <see cref="Code"/>
/// for states, bodies, institutions and capitals; <see cref="Persons"/> for person names and aliases (several when an
/// alias is shared, as "Li" is); <see cref="Places"/> for places, most populous first, one per country.
/// Immutable once the lexicon is built.
/// </summary>
internal sealed class LexEntry(LexKind kind)
{
    public LexKind Kind { get; } = kind;
    public string? Code { get; init; }
    public string? Sector { get; init; }
    public string? Canonical { get; init; }
    public BodyCondition Condition { get; init; }
    public Title? Title { get; init; }
    public CommentatorNoun? Commentator { get; init; }
    public PronounKind Pronoun { get; init; }

    /// <summary>For a state noun that is an adjective too ("military"): see <see cref="Reference.StateNoun.Adjective"/>.</summary>
    public bool Adjective { get; init; }

    /// <summary>For a state noun: "the &lt;noun&gt;" alone names a state (see <see cref="StateNoun.Title"/>).</summary>
    public bool BareTitle { get; init; }
    /// <summary>A bare title that is the outlet's own state's organ ("the Treasury").</summary>
    public bool OutletsOwn { get; init; }

    /// <summary>For a state noun: capitalised, it names the organ without "the" (see <see cref="StateNoun.Alone"/>).</summary>
    public bool Alone { get; init; }

    /// <summary>For a state noun: it names an organ only after the words of its field (see <see cref="StateNoun.AfterField"/>).</summary>
    public bool AfterField { get; init; }

    /// <summary>For an institution: the other states with an organ of the same name (see <see cref="Reference.Institution.Namesakes"/>).</summary>
    public string[] Namesakes { get; init; } = [];

    /// <summary>For a person phrase: true when it is the full name (or a multi-word alias), false for a surname alone.</summary>
    public bool FullName { get; init; }

    /// <summary>For a surname alone: too common to name the person before the document has named them in full.</summary>
    public bool Common { get; init; }
    public PersonRecord[] Persons { get; set; } = [];
    public (string Iso3, long Population)[] Places { get; set; } = [];

    /// <summary>For a place: the largest population among its candidates.</summary>
    public long MaxPopulation => Places.Length > 0 ? Places[0].Population : 0;
}
