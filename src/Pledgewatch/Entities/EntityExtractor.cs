using System.Collections.Frozen;
using Pledgewatch.Reading;
using Pledgewatch.Reference;

namespace Pledgewatch.Entities;

/// <summary>
/// Finds and resolves entity mentions. Built once from the reference data (the lexicon trie; the place index of
/// datelines on first use), then immutable: thread-safe, one <see cref="EntityContext"/> per document.
/// </summary>
public sealed partial class EntityExtractor
{
    // Only datelines are resolved through it, and a report without one never needs it: built on first use.
    private readonly Lazy<PlaceIndex> _placeCodes;

    public EntityExtractor(ReferenceData reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        Reference = reference;
        Trie = BuildTrie(reference, out var persons);
        PersonsByName = persons.ToFrozenDictionary(StringComparer.Ordinal);
        _placeCodes = new(() => BuildPlaceIndex(reference));
        Locatives = reference.Locatives.GetAlternateLookup<ReadOnlySpan<char>>();
        PlaceModifiers = reference.PlaceModifiers.GetAlternateLookup<ReadOnlySpan<char>>();
        FirstNames = reference.FirstNames.GetAlternateLookup<ReadOnlySpan<char>>();
        Openers = reference.Openers.GetAlternateLookup<ReadOnlySpan<char>>();
        OrganisationWords = reference.OrganisationWords.GetAlternateLookup<ReadOnlySpan<char>>();
        BusinessWords = reference.BusinessWords.GetAlternateLookup<ReadOnlySpan<char>>();
        GroupVerbs = reference.GroupVerbs.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    // The word lists of the reference data, looked up by token span (no string per token).
    internal FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Locatives { get; }
    internal FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceModifiers { get; }
    internal FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FirstNames { get; }
    internal FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Openers { get; }
    internal FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OrganisationWords { get; }
    internal FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BusinessWords { get; }
    internal FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> GroupVerbs { get; }

    public ReferenceData Reference { get; }

    internal PhraseTrie Trie { get; }

    /// <summary>Officeholders by canonical full name.</summary>
    internal FrozenDictionary<string, PersonRecord> PersonsByName { get; }

    /// <summary>Starts a document: the returned context carries what coreference needs from one sentence to the next.</summary>
    public EntityContext StartDocument(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new EntityContext(this, document);
    }
}
