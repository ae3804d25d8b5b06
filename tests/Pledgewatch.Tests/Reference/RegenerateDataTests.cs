using System.CommandLine;
using Pledgewatch.Cli.Commands;

namespace Pledgewatch.Tests.Reference;

/// <summary>
/// Rebuilds src/Pledgewatch/Reference/Data from the official files through the CLI command, when asked to:
/// <c>PLEDGEWATCH_REGENERATE_DATA=/work/shared/data dotnet test --filter RegenerateData</c>. Skipped otherwise.
/// </summary>
public sealed class RegenerateDataTests
{
    [Fact]
    public void RegenerateDataFromOfficialFiles()
    {
        var source = Environment.GetEnvironmentVariable("PLEDGEWATCH_REGENERATE_DATA");
        Assert.SkipWhen(string.IsNullOrEmpty(source), "set PLEDGEWATCH_REGENERATE_DATA to the directory of the official files");
        var output = Path.Combine(RepositoryRoot(), "src", "Pledgewatch", "Reference", "Data");
        var root = new RootCommand { ReferenceCommand.Create() };
        int exit = root.Parse(["reference", "import", source!, "--out", output]).Invoke();
        Assert.Equal(0, exit);
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Pledgewatch.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Pledgewatch.slnx not found above the test output.");
    }
}
