namespace Pledgewatch.Reading;

/// <summary>
/// Turns the bytes of a report (plain text or HTML, UTF-8 with or without a BOM) into a <see cref="Document"/>.
/// Never throws on bad content: binary or non-UTF-8 bytes give a failed <see cref="ReadResult"/> whose error is one
/// sentence naming the offset. Plain text is kept as given except that CRLF and CR become LF, so record offsets
/// point into it; HTML is reduced to its article text. Thread-safe: it has no state.
/// </summary>
/// <remarks>
/// The publication date is <see cref="ReadOptions.Published"/>, else what the document states (HTML metadata, a
/// "Published on …" line, a letterhead date), else <see cref="ReadOptions.FileDate"/>. The outlet country is
/// <see cref="ReadOptions.OutletCountry"/>; without it, the pipeline resolves <see cref="Document.Dateline"/> (the
/// dateline's place, read in either case).
/// </remarks>
public static class DocumentReader
{
    /// <summary>Files above this size that are not HTML are decoded in two streaming passes (<see cref="FileTextDecoder"/>).</summary>
    public const long StreamingThreshold = 16L * 1024 * 1024;

    /// <summary>
    /// Reads a file. A large plain-text file is decoded without holding its bytes, so reading a 50 MB report costs the
    /// 100 MB of its text and not 150 MB more (BENCHMARKS.md); smaller files and HTML go through <see cref="Read"/>.
    /// </summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static ReadResult ReadFile(string path, ReadOptions options, long streamingThreshold = StreamingThreshold)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        // One open serves the small files, which are most: their bytes are read from it whole.
        using (var stream = File.OpenRead(path))
        {
            // A pipe or a process substitution ("code <(curl …)") has no length of its own and cannot seek: read it whole.
            if (!stream.CanSeek)
            {
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                return Read(buffer.ToArray(), options);
            }
            var head = new byte[(int)Math.Min(4096, stream.Length)];
            stream.ReadExactly(head);
            if (stream.Length < streamingThreshold || HtmlSniffer.IsHtml(head, options.FileName ?? Path.GetFileName(path)))
            {
                var content = new byte[stream.Length];
                head.CopyTo(content, 0);
                stream.ReadExactly(content.AsSpan(head.Length));
                return Read(content, options);
            }
        }
        if (!FileTextDecoder.TryDecode(path, out var decoded, out var error)) return ReadResult.Fail(error!);
        return Finish(string.IsNullOrWhiteSpace(decoded) ? "" : decoded, null, null, options);
    }

    /// <exception cref="ArgumentNullException"><paramref name="content"/> or <paramref name="options"/> is null.</exception>
    public static ReadResult Read(byte[] content, ReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(options);

        var body = TextDecoder.WithoutBom(content);
        if (TextDecoder.FindBinaryReason(content) is { } binary) return ReadResult.Fail(binary);
        int bomLength = content.Length - body.Length;
        if (!TextDecoder.TryDecode(content, bomLength, out var decoded, out var error)) return ReadResult.Fail(error!);

        string text;
        string? title = null;
        DateOnly? stated = null;
        if (HtmlSniffer.IsHtml(body, options.FileName))
        {
            var article = HtmlArticleExtractor.Extract(decoded);
            (text, title, stated) = (article.Text, article.Title, article.Published);
        }
        else
        {
            text = string.IsNullOrWhiteSpace(decoded) ? "" : decoded;
        }

        return Finish(text, title, stated, options);
    }

    private static ReadResult Finish(string text, string? title, DateOnly? stated, ReadOptions options)
    {
        var published = options.Published ?? stated ?? StatedDateExtractor.Find(text) ?? options.FileDate;
        // Found even when the outlet's country is given: it still says where the report was filed and where its body starts.
        var dateline = DatelineExtractor.Find(text);
        return ReadResult.Ok(new Document(options.Id, text, published, options.OutletCountry, title, dateline));
    }
}
