using Pledgewatch.Entities;

namespace Pledgewatch.Tests.Entities;

/// <summary>Prints the mentions of a report, for a person reading what the stage does: <c>PLEDGEWATCH_DUMP=file.txt dotnet test --filter CorpusDump</c>.</summary>
public sealed class CorpusDumpTests(ITestOutputHelper output)
{
    [Fact]
    public void CorpusDump()
    {
        var path = Environment.GetEnvironmentVariable("PLEDGEWATCH_DUMP");
        Assert.SkipWhen(string.IsNullOrEmpty(path), "set PLEDGEWATCH_DUMP to a report file");
        var text = File.ReadAllText(path!);
        var name = Path.GetFileNameWithoutExtension(path!);
        DateOnly? published = name.Length >= 10 && DateOnly.TryParse(name[^10..], out var d) ? d : null;
        var outlet = Environment.GetEnvironmentVariable("PLEDGEWATCH_OUTLET");
        var mentions = EntityRun.Mentions(text, published, outlet);
        Assert.NotEmpty(mentions);
        Assert.All(mentions, m => Assert.Equal(text.Substring(m.Span.Start, m.Span.Length), m.Text));
        var lines = mentions.Select(EntityRun.Describe).ToList();
        File.WriteAllLines(Path.Combine(Path.GetTempPath(), "pledgewatch-dump.txt"), lines);
        output.WriteLine(string.Join('\n', lines));
    }
}
