namespace Pledgewatch.Reference;

/// <summary>The bundled reference tables (countries, officeholders, bodies, places), loaded once from the assembly and shared.</summary>
public sealed class ReferenceData
{
    // STUB(entities): replaced by the entities stage.
    public static ReferenceData Load() => new();
}
