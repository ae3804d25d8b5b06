using System.Text.Json;
using Pledgewatch.Tests.Support;

namespace Pledgewatch.Tests.Cli;

/// <summary>The <c>code</c> command's contract (issue 2, "Command line"): records on stdout, one clear line per failure, exit codes.</summary>
public sealed class CodeCommandTests
{
    [Fact]
    public void ReadmeExampleCodesTheSampleReport()
    {
        var sample = Path.Combine(SharedFolder.RepositoryRoot, "samples", "coalition-meeting.txt");
        var result = CliRunner.Run(null, "code", sample);
        Assert.Equal(0, result.ExitCode);
        var records = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        string Summary(JsonElement r) => r.GetProperty("event_type").GetString() + " " +
            string.Join(",", r.GetProperty("actor").EnumerateArray().Select(a => a.GetProperty("code").GetString()));
        var pledge = Assert.Single(records, r => r.GetProperty("commitment").ValueKind == JsonValueKind.Object
            && r.GetProperty("commitment").GetProperty("amount").ValueKind == JsonValueKind.Object);
        Assert.Equal("AGREE CAN", Summary(pledge));
        Assert.Equal("CAD", pledge.GetProperty("commitment").GetProperty("amount").GetProperty("currency").GetString());
        Assert.Equal("2025-12-22", pledge.GetProperty("date").GetProperty("from").GetString());
        Assert.Contains(records, r => Summary(r) == "SANCTION CAN" && r.GetProperty("date").GetProperty("on").GetString() == "2026-01-02");
        Assert.Contains(records, r => Summary(r) == "REQUEST UKR");
        Assert.DoesNotContain(records, r => r.GetProperty("evidence").GetProperty("text").GetString()!.Contains("analysts"));
    }

    [Fact]
    public void MissingFileIsOneLineOnStandardErrorAndExitOne()
    {
        var result = CliRunner.Run(null, "code", "no-such-report.txt");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("pledgewatch: no-such-report.txt: no such file", result.Error.Trim());
        Assert.Empty(result.Out);
    }

    [Theory]
    [InlineData("--published", "2026-13-45")]
    [InlineData("--country", "Canada")]
    [InlineData("--format", "xml")]
    [InlineData("--bogus", "x")]
    public void BadFlagIsOneLineAndExitTwo(string flag, string value)
    {
        var result = CliRunner.Run("Canada pledged $5 million.", "code", "-", flag, value);
        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Error.Trim().Split('\n'));
        Assert.DoesNotContain(" at ", result.Error);
    }

    [Fact]
    public void BinaryInputIsRefusedAndTheOtherFilesStillCoded()
    {
        var binary = Path.GetTempFileName();
        var text = Path.ChangeExtension(Path.GetTempFileName(), ".txt");
        try
        {
            File.WriteAllBytes(binary, [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0xFF, 0x00, 0x10]);
            File.WriteAllText(text, "Norway pledged NOK 3 billion to Ukraine on Monday.");
            var result = CliRunner.Run(null, "code", binary, text, "--published", "2024-04-10", "--country", "NOR");
            Assert.Equal(1, result.ExitCode);
            Assert.Contains("binary", result.Error);
            Assert.Contains("\"currency\":\"NOK\"", result.Out);
        }
        finally
        {
            File.Delete(binary);
            File.Delete(text);
        }
    }

    [Fact]
    public void EmptyInputYieldsNoRecords()
    {
        var result = CliRunner.Run("", "code", "-", "--published", "2024-01-01");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Out);
    }
}
