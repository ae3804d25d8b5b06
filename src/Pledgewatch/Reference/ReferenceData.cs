using System.Collections.Frozen;

namespace Pledgewatch.Reference;

/// <summary>
/// The bundled reference tables (countries, officeholders, places, bodies, institutions, titles, commentator nouns),
/// loaded once from the assembly's resources and shared: immutable, so thread-safe. See Data/SOURCES.md for where
/// each table comes from and how to rebuild the imported ones (<c>pledgewatch reference import</c>).
/// </summary>
public sealed partial class ReferenceData
{
    private static readonly Lazy<ReferenceData> Shared = new(LoadFromResources, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The shared instance; the first call parses the tables (tens of milliseconds), later calls return it.</summary>
    public static ReferenceData Load() => Shared.Value;

    internal IReadOnlyList<Country> Countries { get; }
    internal FrozenDictionary<string, Country> CountryByIso3 { get; }
    internal IReadOnlyList<StateAlias> StateAliases { get; }

    /// <summary>Imported terms merged with officeholders-extra.csv (whose rows win on the same code, role, name and start).</summary>
    internal IReadOnlyList<Officeholder> Officeholders { get; }
    /// <summary>The rows of places.tsv and regions.tsv, parsed on first use: the coder reads <see cref="PlaceNames"/> instead,
    /// and needs these only for the place index of datelines.</summary>
    internal IReadOnlyList<Place> Places => _places.Value;
    private readonly Lazy<IReadOnlyList<Place>> _places;

    /// <summary>The place names of the entity lexicon, without the place stop words: precompiled (places.bin), loaded on first use.</summary>
    internal Entities.PlaceNames PlaceNames => _placeNames.Value;
    private readonly Lazy<Entities.PlaceNames> _placeNames;
    internal IReadOnlyList<BodyName> Bodies { get; }

    /// <summary>Armed and political movements (entities-armed-groups.tsv), coded with the country where they hold
    /// ground; always named. A phrase <see cref="Bodies"/> has (bodies.tsv, hand-written) is not among them.</summary>
    internal IReadOnlyList<BodyName> ArmedGroups { get; }
    internal IReadOnlyList<Institution> Institutions { get; }
    internal IReadOnlyList<Title> Titles { get; }
    internal IReadOnlyList<CommentatorNoun> Commentators { get; }
    internal IReadOnlyList<StateNoun> StateNouns { get; }

    /// <summary>Sentence-opening words that name a group of commentators ("Some") when a verb of <see cref="GroupVerbs"/> follows.</summary>
    internal FrozenSet<string> GroupSubjects { get; }
    internal FrozenSet<string> GroupVerbs { get; }

    /// <summary>Case-sensitive: sentence-opening words after which the subject follows the first comma.</summary>
    internal FrozenSet<string> Openers { get; }

    /// <summary>Case-insensitive: words that, closing a capitalised name, make it an organisation's ("… Intelligence Department").</summary>
    internal FrozenSet<string> OrganisationWords { get; }

    /// <summary>Lower-case nouns of a business that, after a nationality, come before its name ("Canadian miner Barrick").</summary>
    internal FrozenSet<string> BusinessWords { get; }

    /// <summary>Case-insensitive: words never taken for a place on their own.</summary>
    internal FrozenSet<string> PlaceStopwords { get; }

    /// <summary>Case-insensitive: first names (hand list plus every officeholder's first word).</summary>
    internal FrozenSet<string> FirstNames { get; }

    /// <summary>Case-sensitive: one-word aliases that name a person only after the document named them in full.</summary>
    internal FrozenSet<string> SurnameStopwords { get; }

    /// <summary>ISO3 codes of states whose president heads the government.</summary>
    internal FrozenSet<string> PresidentialStates { get; }

    /// <summary>Case-insensitive: words before a capital that make it a place ("in Kyiv").</summary>
    internal FrozenSet<string> Locatives { get; }

    /// <summary>Case-insensitive: words after a capital that make it a place ("the Paris meeting").</summary>
    internal FrozenSet<string> PlaceModifiers { get; }

    internal ReferenceData(
        IReadOnlyList<Country> countries, IReadOnlyList<StateAlias> stateAliases, IReadOnlyList<Officeholder> officeholders,
        Func<IReadOnlyList<Place>> places, IReadOnlyList<BodyName> bodies, IReadOnlyList<BodyName> armedGroups, IReadOnlyList<Institution> institutions,
        IReadOnlyList<Title> titles, IReadOnlyList<CommentatorNoun> commentators, IReadOnlyList<StateNoun> stateNouns,
        IEnumerable<string> groupSubjects, IEnumerable<string> groupVerbs, IEnumerable<string> openers, IEnumerable<string> organisationWords, IEnumerable<string> businessWords, IEnumerable<string> placeStopwords,
        IEnumerable<string> firstNames, IEnumerable<string> surnameStopwords, IEnumerable<string> presidential,
        IEnumerable<string> locatives, IEnumerable<string> placeModifiers)
    {
        Countries = countries;
        CountryByIso3 = countries.ToFrozenDictionary(c => c.Iso3, StringComparer.Ordinal);
        StateAliases = stateAliases;
        Officeholders = officeholders;
        _places = new(places, LazyThreadSafetyMode.ExecutionAndPublication);
        Bodies = bodies;
        ArmedGroups = armedGroups;
        Institutions = institutions;
        Titles = titles;
        Commentators = commentators;
        StateNouns = stateNouns;
        GroupSubjects = groupSubjects.ToFrozenSet(StringComparer.Ordinal);
        GroupVerbs = groupVerbs.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        Openers = openers.ToFrozenSet(StringComparer.Ordinal);
        OrganisationWords = organisationWords.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        BusinessWords = businessWords.ToFrozenSet(StringComparer.Ordinal);
        PlaceStopwords = placeStopwords.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        FirstNames = firstNames
            .Concat(officeholders.Select(o => o.Name.Split(' ')[0]).Where(n => n.Length > 2 && char.IsUpper(n[0])))
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        SurnameStopwords = surnameStopwords.ToFrozenSet(StringComparer.Ordinal);
        PresidentialStates = presidential.ToFrozenSet(StringComparer.Ordinal);
        Locatives = locatives.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        PlaceModifiers = placeModifiers.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _placeNames = new(() => Entities.PlaceNames.Load(() => Places, PlaceStopwords), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>
    /// The holder of <paramref name="role"/> for <paramref name="code"/> on <paramref name="day"/> (null: the latest
    /// term), or null. Where two terms overlap (an acting holder), the later start wins. A presidential state's head
    /// of government is its head of state.
    /// </summary>
    internal Officeholder? HolderOf(string code, string role, DateOnly? day)
    {
        Officeholder? best = null;
        foreach (var o in Officeholders)
        {
            if (o.Code != code || o.Role != role) continue;
            if (day is { } d ? !o.ActiveOn(d) : o.End is not null && best is { End: null }) continue;
            if (best is null || o.Start > best.Start || (day is null && o.End is null && best.End is not null)) best = o;
        }
        if (best is null && role == "head_of_government" && PresidentialStates.Contains(code))
            return HolderOf(code, "head_of_state", day);
        return best;
    }
}
