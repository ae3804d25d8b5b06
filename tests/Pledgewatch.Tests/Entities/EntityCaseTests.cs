using System.Text.Json;
using Pledgewatch.Entities;

namespace Pledgewatch.Tests.Entities;

/// <summary>The entities stage against the case file Specs/entities/cases.json, one named test per case id (STYLE.md §6).</summary>
public sealed class EntityCaseTests
{
    public static TheoryData<string> Ids => [.. EntityCase.All.Select(c => c.Id)];

    [Fact]
    public void CaseIdsAreUnique() =>
        Assert.Equal(EntityCase.All.Count, EntityCase.All.Select(c => c.Id).Distinct().Count());

    [Theory]
    [MemberData(nameof(Ids))]
    public void Case(string id)
    {
        var c = EntityCase.All.Single(x => x.Id == id);
        var mentions = EntityRun.Mentions(c.Input, c.Published, c.Outlet);
        var found = string.Join("\n  ", mentions.Select(EntityRun.Describe));

        foreach (var m in mentions)
            Assert.Equal(c.Input.Substring(m.Span.Start, m.Span.Length), m.Text);
        if (!c.Partial)
            Assert.True(c.Expected.Select(e => e.Text).SequenceEqual(mentions.Select(m => m.Text)),
                $"{id}: expected [{string.Join(", ", c.Expected.Select(e => e.Text))}], found:\n  {found}\n({c.Note})");

        int from = 0;
        foreach (var e in c.Expected)
        {
            int at = mentions.FindIndex(from, m => m.Text == e.Text);
            Assert.True(at >= 0, $"{id}: no mention \"{e.Text}\" (in order); found:\n  {found}");
            var m = mentions[at];
            from = at + 1;
            Assert.True(e.Kind == m.Kind.ToString() && e.Form == m.Form.ToString() && e.Code == m.Code,
                $"{id}: \"{e.Text}\" expected {e.Kind}/{e.Form} {e.Code ?? "null"}, found {EntityRun.Describe(m)}");
            if (e.Sector.ValueKind != JsonValueKind.Undefined)
                Assert.True(e.Sector.ValueKind == JsonValueKind.Null ? m.Sector is null : e.Sector.GetString() == m.Sector,
                    $"{id}: \"{e.Text}\" expected sector {e.Sector}, found {m.Sector ?? "null"}");
            if (e.Name is not null) Assert.Equal(e.Name, m.Name);
            if (e.Possessive is { } possessive) Assert.True(possessive == m.Possessive, $"{id}: \"{e.Text}\" possessive should be {possessive}");
        }
        foreach (var text in c.Absent ?? [])
            Assert.DoesNotContain(mentions, m => m.Text == text);
    }
}
