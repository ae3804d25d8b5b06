using Pledgewatch.Reading;

namespace Pledgewatch.Tests.Reading;

public sealed partial class DocumentReaderTests
{
    private static readonly DateOnly s_callerDate = new(2026, 1, 5);
    private static readonly DateOnly s_fileDate = new(2026, 2, 1);

    [Theory]
    [MemberData(nameof(StatedDateIds))]
    public void FindsThePublicationDateTheTextStates(string id)
    {
        var spec = ReadingSpecs.StatedDates[id];

        Assert.Equal(spec.Published, Some.Read(spec.Input).Published);
    }

    public static TheoryData<string> StatedDateIds => [.. ReadingSpecs.StatedDates.Keys];

    [Fact]
    public void CallersPublishedDateWinsOverTheStatedOne()
    {
        var document = Some.Read("Published on March 4, 2025.", new ReadOptions("doc", Published: s_callerDate, FileDate: s_fileDate));

        Assert.Equal(s_callerDate, document.Published);
    }

    [Fact]
    public void StatedDateWinsOverTheFileDate()
    {
        var document = Some.Read("Published on March 4, 2025.", new ReadOptions("doc", FileDate: s_fileDate));

        Assert.Equal(new DateOnly(2025, 3, 4), document.Published);
    }

    [Fact]
    public void FileDateIsTheLastResort()
    {
        var document = Some.Read("No date is stated here.", new ReadOptions("doc", FileDate: s_fileDate));

        Assert.Equal(s_fileDate, document.Published);
    }

    [Theory]
    [MemberData(nameof(DatelineIds))]
    public void FindsTheDatelinePlace(string id)
    {
        var spec = ReadingSpecs.Datelines[id];

        var document = Some.Read(spec.Input);

        Assert.Equal(spec.Dateline, document.Dateline);
        Assert.Null(document.OutletCountry);
    }

    public static TheoryData<string> DatelineIds => [.. ReadingSpecs.Datelines.Keys];

    [Fact]
    public void CallersOutletCountryWinsButTheDatelineIsStillRead()
    {
        var document = Some.Read("STOCKHOLM — The cabinet met.", new ReadOptions("doc", OutletCountry: "FIN"));

        Assert.Equal("FIN", document.OutletCountry);
        Assert.Equal("STOCKHOLM", document.Dateline);
    }
}
