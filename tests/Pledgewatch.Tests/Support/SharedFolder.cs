namespace Pledgewatch.Tests.Support;

/// <summary>Finds ../shared beside the repository (the corpus, the scorer); tests that need it skip with a message when it is absent.</summary>
internal static class SharedFolder
{
    public static string? Root { get; } = Find();

    public static string RepositoryRoot { get; } = FindRepository();

    public static string Require(string relative)
    {
        Assert.SkipWhen(Root is null, "../shared is not beside the repository: corpus tests are skipped");
        var path = Path.Combine(Root!, relative);
        Assert.SkipUnless(Directory.Exists(path) || File.Exists(path), $"../shared/{relative} is absent: skipped");
        return path;
    }

    private static string FindRepository()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Pledgewatch.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("the tests run outside the repository");
    }

    private static string? Find()
    {
        var shared = Path.Combine(Path.GetDirectoryName(FindRepository())!, "shared");
        return Directory.Exists(shared) ? shared : null;
    }
}
