namespace Pledgewatch.Reading;

/// <summary>Every reason a document cannot be read, worded once; each is one sentence naming the position.</summary>
internal static class ReadingMessages
{
    public static string NulByte(long offset) =>
        $"The file is binary, not text (NUL byte at offset {offset}).";

    public static string ControlCharacters(long count, long length) =>
        $"The file is binary, not text ({count} of its {length} bytes are control characters).";

    public static string Utf16() =>
        "The file is UTF-16 text, which is not supported; save it as UTF-8.";

    public static string InvalidUtf8(long offset) =>
        $"The file is not valid UTF-8 text (invalid byte at offset {offset}).";

    public static string TooLong(long characters) =>
        $"The text is too long to hold as one document ({characters:N0} characters; the limit is {int.MaxValue:N0}).";
}
