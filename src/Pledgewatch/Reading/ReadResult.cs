namespace Pledgewatch.Reading;

/// <summary>A document, or the reason it could not be read (binary, not UTF-8, …). Reading never throws on bad content.</summary>
public readonly record struct ReadResult(Document? Document, string? Error)
{
    public static ReadResult Ok(Document document) => new(document, null);

    public static ReadResult Fail(string error) => new(null, error);

    public bool Succeeded => Document is not null;
}
