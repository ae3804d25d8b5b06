using Pledgewatch.Reading;
using Pledgewatch.Records;

namespace Pledgewatch.Tests.Support;

/// <summary>Codes small texts written in tests, with the pipeline built once for the whole test run.</summary>
internal static class Coder
{
    public static CodingPipeline Pipeline { get; } = CodingPipeline.Create();

    public static List<EventRecord> Code(string text, string published = "2026-01-05", string? country = null, string id = "case")
    {
        var date = DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture);
        var read = DocumentReader.Read(System.Text.Encoding.UTF8.GetBytes(text), new ReadOptions(id, date, country));
        Assert.True(read.Succeeded, read.Error);
        return Pipeline.Code(read.Document!, date).ToList();
    }
}
