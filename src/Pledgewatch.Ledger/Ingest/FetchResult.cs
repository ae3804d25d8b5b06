namespace Pledgewatch.Ledger.Ingest;

/// <summary>The bytes of a file or URL, or why they could not be had (one line, naming the source).</summary>
public readonly record struct FetchResult(byte[]? Content, string? ContentType, string? Error)
{
    public static FetchResult Ok(byte[] content, string? contentType = null) => new(content, contentType, null);

    public static FetchResult Fail(string error) => new(null, null, error);
}
