using Pledgewatch.Reading;
using Pledgewatch.Sentences;

namespace Pledgewatch.Entities;

/// <summary>Per-document state of the entities stage: call <see cref="Next"/> for each sentence in order.</summary>
public sealed class EntityContext(EntityExtractor extractor, Document document)
{
    public EntityExtractor Extractor { get; } = extractor;

    public Document Document { get; } = document;

    /// <summary>The mentions of <paramref name="sentence"/>, in text order, with pronouns, titles and surnames resolved.</summary>
    public IReadOnlyList<Mention> Next(Sentence sentence, IReadOnlyList<Token> tokens) => []; // STUB(entities)
}
