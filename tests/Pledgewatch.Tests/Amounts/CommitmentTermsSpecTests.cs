using Pledgewatch.Amounts;

namespace Pledgewatch.Tests.Amounts;

/// <summary>Specs/amounts/terms.json: one named test per case; "kind" says which of the two lookups it pins.</summary>
public sealed class CommitmentTermsSpecTests
{
    private const string File = "terms.json";

    public static TheoryData<string> Ids => AmountCaseFile.Ids<string>(File);

    [Theory]
    [MemberData(nameof(Ids))]
    public void NamesTheTermsOfTheCase(string id)
    {
        var spec = AmountCaseFile.Get<string>(File, id);
        var whole = new TextSpan(0, spec.Input.Length);
        IEnumerable<string> found = spec.Kind switch
        {
            "instruments" => CommitmentTerms.Instruments(spec.Input, whole),
            "purpose" => CommitmentTerms.Purpose(spec.Input, whole) is { } purpose ? [purpose] : [],
            _ => throw new InvalidDataException($"{File}: case '{id}' has unknown kind '{spec.Kind}'."),
        };
        Assert.Equal(spec.Expected, found);
    }
}
