using System.Text;
using Pledgewatch.Reading;

namespace Pledgewatch.Tests.Reading;

public sealed partial class DocumentReaderTests
{
    [Fact]
    public void PlainTextIsKeptAsGiven()
    {
        const string text = "  Leaders met in Oslo.\n\n\tThey agreed.  \n";

        var document = Some.Read(text, new ReadOptions("oslo-talks"));

        Assert.Equal(text, document.Text);
        Assert.Equal("oslo-talks", document.Id);
        Assert.Null(document.Title);
    }

    [Theory]
    [InlineData("a\r\nb", "a\nb")]
    [InlineData("a\rb", "a\nb")]
    [InlineData("a\r\n\r\nb\r", "a\n\nb\n")]
    [InlineData("a\n\rb", "a\n\nb")]
    [InlineData("a\r\r\nb", "a\n\nb")]
    public void CrlfAndLoneCrBecomeLf(string input, string expected)
    {
        Assert.Equal(expected, Some.Read(input).Text);
    }

    [Fact]
    public void OffsetsAfterCrlfPointIntoTheNormalisedText()
    {
        var document = Some.Read("One.\r\nTwo.\r\n\r\nThree.");

        Assert.Equal("One.\nTwo.\n\nThree.", document.Text);
        Assert.Equal(5, document.Text.IndexOf("Two.", StringComparison.Ordinal));
        Assert.Equal(11, document.Text.IndexOf("Three.", StringComparison.Ordinal));
    }

    [Fact]
    public void Utf8BomIsStripped()
    {
        byte[] content = [0xEF, 0xBB, 0xBF, .. Some.Utf8("Kraków talks")];

        Assert.Equal("Kraków talks", Some.Read(content).Text);
    }

    [Fact]
    public void EmptyInputIsAnEmptyDocument()
    {
        var document = Some.Read([]);

        Assert.Equal("", document.Text);
        Assert.Null(document.Published);
        Assert.Null(document.Dateline);
    }

    [Theory]
    [InlineData(" \n\t\r\n ")]
    [InlineData("\uFEFF")]
    public void WhitespaceOnlyInputIsAnEmptyDocument(string input)
    {
        Assert.Equal("", Some.Read(input).Text);
    }

    [Fact]
    public void NulByteMeansBinaryAndNamesTheOffset()
    {
        byte[] content = [.. Some.Utf8("PK header"), 0x00, 0x14];

        var error = Some.Failure(content);

        Assert.Equal("The file is binary, not text (NUL byte at offset 9).", error);
    }

    [Fact]
    public void AHighShareOfControlCharactersMeansBinary()
    {
        byte[] content = [.. Some.Utf8("abcdefgh"), 0x01, 0x02, 0x1B, 0x7F, 0x05];

        var error = Some.Failure(content);

        Assert.Equal("The file is binary, not text (4 of its 13 bytes are control characters).", error);
    }

    [Fact]
    public void AFewFormFeedsAndTabsAreStillText()
    {
        const string text = "Page one.\f\tPage two.\n";

        Assert.Equal(text, Some.Read(text).Text);
    }

    [Fact]
    public void Utf16IsRejectedWithAdvice()
    {
        var error = Some.Failure(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Aid")).ToArray());

        Assert.Equal("The file is UTF-16 text, which is not supported; save it as UTF-8.", error);
    }

    [Fact]
    public void InvalidUtf8NamesTheOffsetOfTheBadByte()
    {
        byte[] latin1 = [.. Some.Utf8("Gda"), 0xF1, .. Some.Utf8("sk port")];

        Assert.Equal("The file is not valid UTF-8 text (invalid byte at offset 3).", Some.Failure(latin1));
    }

    [Fact]
    public void InvalidUtf8OffsetCountsTheBom()
    {
        byte[] content = [0xEF, 0xBB, 0xBF, .. Some.Utf8("ab"), 0xC3, 0x28];

        Assert.Equal("The file is not valid UTF-8 text (invalid byte at offset 5).", Some.Failure(content));
    }

    [Fact]
    public void TruncatedUtf8SequenceAtTheEndIsInvalid()
    {
        byte[] content = [.. Some.Utf8("price in "), 0xE2, 0x82];

        Assert.Equal("The file is not valid UTF-8 text (invalid byte at offset 9).", Some.Failure(content));
    }

    [Fact]
    public void MultiByteCharactersAcrossDecodingChunksSurvive()
    {
        var builder = new StringBuilder();
        for (int i = 0; i < 20_000; i++) builder.Append(i % 3 == 0 ? "Łódź €5 🚀\r\n" : "ab\rc ");
        var text = builder.ToString();

        var document = Some.Read(text);

        Assert.Equal(text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'), document.Text);
    }

    [Fact]
    public void ALargeFileIsReadWithinThreeCopiesOfItsText()
    {
        var line = Some.Utf8("The ministers agreed on a new package of 2.5 billion euros for the grid.\r\n");
        var content = new byte[50 * 1024 * 1024];
        for (int at = 0; at < content.Length; at += line.Length) line.AsSpan(0, Math.Min(line.Length, content.Length - at)).CopyTo(content.AsSpan(at));
        Some.Read("Warm up.");

        long before = GC.GetAllocatedBytesForCurrentThread();
        var document = Some.Read(content);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        long oneCopy = (long)document.Text.Length * sizeof(char);
        Assert.True(document.Text.Length > 48 * 1024 * 1024, $"only {document.Text.Length} characters were read");
        Assert.True(allocated < oneCopy * 3 / 2, $"allocated {allocated:N0} bytes for a text of {oneCopy:N0} bytes");
    }

    [Fact]
    public void NullArgumentsAreRejected()
    {
        Assert.Throws<ArgumentNullException>("content", () => DocumentReader.Read(null!, new ReadOptions("x")));
        Assert.Throws<ArgumentNullException>("options", () => DocumentReader.Read([], null!));
    }

    [Fact]
    public void RandomBytesNeverThrow()
    {
        var random = new Random(20260105);
        int read = 0;
        for (int i = 0; i < 2_000; i++)
        {
            var content = new byte[random.Next(i % 5 == 0 ? 9 : 0, 300)];
            random.NextBytes(content);
            if (i % 3 == 0) content.AsSpan().Replace((byte)0, (byte)'<');
            if (i % 5 == 0) Some.Utf8("<html><p>").CopyTo(content, 0);

            var result = DocumentReader.Read(content, new ReadOptions($"fuzz-{i}", FileName: i % 7 == 0 ? "page.html" : null));

            Assert.True(result.Succeeded ^ result.Error is not null, $"case {i} is neither read nor failed");
            if (result.Succeeded) read++;
        }
        Assert.InRange(read, 1, 1_999);
    }

    [Fact]
    public void MalformedHtmlIsReadBestEffort()
    {
        var document = Some.Read("<html><body><article><p>Unclosed paragraph <b>bold<p>Second one</i></div></article>", new ReadOptions("doc"));

        Assert.Equal("Unclosed paragraph bold\n\nSecond one", document.Text);
    }
}
