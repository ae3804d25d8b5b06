using System.Diagnostics;
using System.Text;
using Pledgewatch.Reading;

namespace Pledgewatch.Tests.Reading;

/// <summary>A named pipe ("code &lt;(curl …)" in a shell) cannot seek and has no length: it is read whole, as a file is.</summary>
public sealed class DocumentReaderPipeTests
{
    [Fact]
    public async Task NamedPipeIsReadLikeAFile()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux() && File.Exists("/usr/bin/mkfifo"), "needs mkfifo (Linux)");
        var dir = Directory.CreateTempSubdirectory("pw-pipe-");
        try
        {
            var path = Path.Combine(dir.FullName, "report");
            using (var mkfifo = Process.Start("/usr/bin/mkfifo", [path])) await mkfifo.WaitForExitAsync(TestContext.Current.CancellationToken);
            const string Text = "Canada pledged $5 million to Chad on Monday.\n";
            // The writer blocks until the reader opens the pipe.
            var writer = Task.Run(() => File.WriteAllBytes(path, Encoding.UTF8.GetBytes(Text)), TestContext.Current.CancellationToken);

            var result = DocumentReader.ReadFile(path, new ReadOptions("report", FileName: "report"));

            await writer;
            Assert.True(result.Succeeded, result.Error);
            Assert.Equal(Text.TrimEnd(), result.Document!.Text.TrimEnd());
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
