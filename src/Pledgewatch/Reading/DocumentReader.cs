namespace Pledgewatch.Reading;

/// <summary>Turns the bytes of a report (plain text or HTML) into a <see cref="Document"/>. Never throws on bad content.</summary>
public static class DocumentReader
{
    // STUB(reading): replaced by the reading stage.
    public static ReadResult Read(byte[] content, ReadOptions options)
    {
        var text = System.Text.Encoding.UTF8.GetString(content);
        return ReadResult.Ok(new Document(options.Id, text, options.Published ?? options.FileDate, options.OutletCountry));
    }
}
