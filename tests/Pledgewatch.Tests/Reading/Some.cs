using System.Text;
using Pledgewatch.Reading;

namespace Pledgewatch.Tests.Reading;

/// <summary>Small builders for reading tests: bytes from text, and a read that must succeed.</summary>
internal static class Some
{
    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    public static Document Read(string text, ReadOptions? options = null) => Read(Utf8(text), options);

    public static Document Read(byte[] content, ReadOptions? options = null)
    {
        var result = DocumentReader.Read(content, options ?? new ReadOptions("doc"));
        Assert.True(result.Succeeded, result.Error);
        return result.Document!;
    }

    public static string Failure(byte[] content)
    {
        var result = DocumentReader.Read(content, new ReadOptions("doc"));
        Assert.False(result.Succeeded, "the content was read");
        Assert.Null(result.Document);
        return result.Error!;
    }

    /// <summary>An HTML page around <paramref name="body"/>, with <paramref name="head"/> inside &lt;head&gt;.</summary>
    public static Document ReadHtml(string body, string head = "", ReadOptions? options = null) =>
        Read($"<!DOCTYPE html>\n<html><head><title>Site | Page</title>{head}</head><body>{body}</body></html>", options);
}
