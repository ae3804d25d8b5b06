namespace Pledgewatch.Ledger.Tests.Support;

/// <summary>Finds ../shared beside the repository (the corpus); tests that need it skip with a message when it is absent.</summary>
internal static class SharedFolder
{
    public static string Require(string relative)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Pledgewatch.slnx"))) dir = dir.Parent;
        var shared = dir?.Parent is { } parent ? Path.Combine(parent.FullName, "shared") : null;
        Assert.SkipWhen(shared is null || !Directory.Exists(shared), "../shared is not beside the repository: corpus tests are skipped");
        var path = Path.Combine(shared!, relative);
        Assert.SkipUnless(Directory.Exists(path) || File.Exists(path), $"../shared/{relative} is absent: skipped");
        return path;
    }
}
