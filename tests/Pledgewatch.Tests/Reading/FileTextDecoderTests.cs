using System.Text;
using Pledgewatch.Reading;

namespace Pledgewatch.Tests.Reading;

/// <summary>
/// Large files are decoded in two streaming passes (<see cref="DocumentReader.ReadFile"/>): the text and the errors
/// must be exactly those of the in-memory path, including at the 1 MiB chunk boundaries.
/// </summary>
public sealed class FileTextDecoderTests
{
    private static ReadResult Streamed(byte[] bytes)
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, bytes);
            return DocumentReader.ReadFile(path, new ReadOptions("doc", FileName: "doc.txt"), streamingThreshold: 0);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static ReadResult InMemory(byte[] bytes) => DocumentReader.Read(bytes, new ReadOptions("doc", FileName: "doc.txt"));

    /// <summary>Text of about 2.5 MiB whose line breaks and multi-byte letters fall on both sides of chunk boundaries.</summary>
    private static byte[] Report(bool bom)
    {
        var text = new StringBuilder();
        int i = 0;
        while (text.Length < 2_600_000)
            text.Append((i++ % 3) switch { 0 => "Kraków pledged zł 5 million.\r\n", 1 => "Zürich — €2.5bn for Kyiv.\r", _ => "A line\n" });
        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        return bom ? [0xEF, 0xBB, 0xBF, .. bytes] : bytes;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void StreamedTextEqualsTheInMemoryText(bool bom)
    {
        var bytes = Report(bom);
        var expected = InMemory(bytes);
        var actual = Streamed(bytes);
        Assert.True(actual.Succeeded, actual.Error);
        Assert.Equal(expected.Document!.Text, actual.Document!.Text);
    }

    [Theory]
    [InlineData(1_048_575)] // the CR ends the first chunk, its LF starts the second
    [InlineData(1_048_576)]
    [InlineData(1_048_577)]
    public void CrLfAcrossAChunkBoundaryIsOneLineBreak(int crAt)
    {
        var bytes = Enumerable.Repeat((byte)'a', crAt + 10).ToArray();
        bytes[crAt] = (byte)'\r';
        bytes[crAt + 1] = (byte)'\n';
        Assert.Equal(InMemory(bytes).Document!.Text, Streamed(bytes).Document!.Text);
    }

    [Fact]
    public void InvalidUtf8NamesTheSameOffset()
    {
        var bytes = Report(bom: false);
        bytes[1_500_001] = 0xC3;
        bytes[1_500_002] = 0x28;
        Assert.Equal(InMemory(bytes).Error, Streamed(bytes).Error);
    }

    [Fact]
    public void BinaryIsRefusedWithTheSameReason()
    {
        var bytes = Report(bom: false);
        bytes[2_000_000] = 0;
        var streamed = Streamed(bytes);
        Assert.False(streamed.Succeeded);
        Assert.Equal(InMemory(bytes).Error, streamed.Error);
    }
}
