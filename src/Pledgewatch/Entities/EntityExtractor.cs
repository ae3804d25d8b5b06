using Pledgewatch.Reading;
using Pledgewatch.Reference;
using Pledgewatch.Sentences;

namespace Pledgewatch.Entities;

/// <summary>Finds and resolves entity mentions. Built once from the reference data; thread-safe.</summary>
public sealed class EntityExtractor(ReferenceData reference)
{
    public ReferenceData Reference { get; } = reference;

    /// <summary>Starts a document: the returned context carries what coreference needs from one sentence to the next.</summary>
    public EntityContext StartDocument(Document document) => new(this, document);

    /// <summary>The ISO3 code of a place name (country, capital or city), or null; for datelines.</summary>
    public string? ResolvePlace(string place) => null; // STUB(entities)
}
