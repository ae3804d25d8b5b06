using Pledgewatch.Comparisons.Claims;
using Pledgewatch.Comparisons.Rankings;
using Pledgewatch.Comparisons.Reference;

namespace Pledgewatch.Comparisons.Tests.Claims;

/// <summary>The case file claims.tsv: each line is its own named test.</summary>
public sealed class ClaimReaderTests
{
    private static readonly ClaimReader Reader = new(ClaimLexicon.Load(ActorDirectory.Load()));

    private static readonly Dictionary<string, string[]> Cases = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Claims", "claims.tsv"))
        .Where(l => l.Length > 0 && l[0] != '#')
        .Select(l => l.Split('\t'))
        .ToDictionary(c => c[0]);

    public static TheoryData<string> Ids() => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Ids))]
    public void ClaimIsReadAsTheCaseFileSays(string id)
    {
        var c = Cases[id];
        string Cell(int i) => i < c.Length ? c[i] : "";
        var r = Reader.Read(c[1]);
        var kind = r.Kind switch { ClaimKind.Rank => "rank", ClaimKind.MoreThan => "more_than", ClaimKind.LessThan => "less_than", _ => "unread" };
        Assert.Equal(Cell(2), kind);
        if (kind == "unread")
        {
            Assert.NotEmpty(r.Problems);
            return;
        }
        Assert.Equal(Cell(3), r.Actor);
        Assert.Equal(Cell(4), r.Other ?? "");
        Assert.Equal(Cell(5), RankMetrics.Name(r.Metric));
        Assert.Equal(Cell(6), r.Type);
        Assert.Equal(Cell(7), r.Threshold?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "");
        if (Cell(8).Length > 0) Assert.Equal(bool.Parse(Cell(8)), r.ExactRank);
        Assert.Equal(Cell(9), r.Recipient ?? "");
        Assert.Equal(bool.Parse(Cell(10)), r.Negated);
        if (id == "smallest") Assert.False(r.Largest);
    }
}
