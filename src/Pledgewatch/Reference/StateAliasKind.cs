namespace Pledgewatch.Reference;

internal enum StateAliasKind : byte
{
    Name,
    Demonym,
    /// <summary>A seat of government that stands for it ("Washington", "The Hague"), a place after "in".</summary>
    Capital,
    /// <summary>A short form that names the state only once the document has named it ("the North" after "North Korea").</summary>
    Short,
}
