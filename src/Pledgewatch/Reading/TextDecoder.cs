using System.Buffers;
using System.Text.Unicode;

namespace Pledgewatch.Reading;

/// <summary>
/// Checks that bytes are UTF-8 text and decodes them with line ends normalised to LF. The text is built in place
/// in its final string (two passes over the bytes through a small buffer), so a large file costs its bytes plus
/// one string. Never throws on bad content.
/// </summary>
internal static class TextDecoder
{
    private const int ChunkChars = 16 * 1024;

    private static readonly byte[] s_utf8Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>The content without its UTF-8 byte order mark, if it has one.</summary>
    public static ReadOnlySpan<byte> WithoutBom(ReadOnlySpan<byte> content) =>
        content.StartsWith(s_utf8Bom) ? content[s_utf8Bom.Length..] : content;

    /// <summary>
    /// Null when <paramref name="content"/> looks like text; otherwise why not. Binary means a NUL byte, or more than
    /// one byte in twenty being a C0 control other than tab, line feed, form feed and carriage return.
    /// </summary>
    public static string? FindBinaryReason(ReadOnlySpan<byte> content)
    {
        if (content.Length >= 2 && ((content[0] == 0xFF && content[1] == 0xFE) || (content[0] == 0xFE && content[1] == 0xFF)))
            return ReadingMessages.Utf16();
        int nul = content.IndexOf((byte)0);
        if (nul >= 0) return ReadingMessages.NulByte(nul);

        long controls = 0;
        foreach (byte b in content)
        {
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\f' or (byte)'\r')) controls++;
        }
        return controls * 20 > content.Length ? ReadingMessages.ControlCharacters(controls, content.Length) : null;
    }

    /// <summary>
    /// Decodes the UTF-8 bytes of <paramref name="content"/> from <paramref name="start"/> on (after a BOM), turning
    /// CRLF and lone CR into LF. The error names the offset of the first invalid byte in <paramref name="content"/>.
    /// </summary>
    public static bool TryDecode(byte[] content, int start, out string text, out string? error)
    {
        var buffer = ArrayPool<char>.Shared.Rent(ChunkChars);
        try
        {
            if (!TryMeasure(content.AsSpan(start), buffer, out int length, out int invalidAt))
            {
                text = "";
                error = ReadingMessages.InvalidUtf8((long)start + invalidAt);
                return false;
            }
            text = string.Create(length, (content, start, buffer), static (target, state) => Fill(state.content.AsSpan(state.start), state.buffer, target));
            error = null;
            return true;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>Validates and counts the characters the normalised text will have.</summary>
    private static bool TryMeasure(ReadOnlySpan<byte> utf8, char[] buffer, out int length, out int invalidAt)
    {
        length = 0;
        invalidAt = -1;
        int consumed = 0;
        bool afterCr = false;
        while (consumed < utf8.Length)
        {
            var status = Utf8.ToUtf16(utf8[consumed..], buffer, out int read, out int written, replaceInvalidSequences: false);
            foreach (char c in buffer.AsSpan(0, written))
            {
                if (!(c == '\n' && afterCr)) length++;
                afterCr = c == '\r';
            }
            if (status is OperationStatus.InvalidData or OperationStatus.NeedMoreData)
            {
                invalidAt = consumed + read;
                return false;
            }
            consumed += read;
        }
        return true;
    }

    /// <summary>Decodes again, writing the normalised characters straight into the final string's memory.</summary>
    private static void Fill(ReadOnlySpan<byte> utf8, char[] buffer, Span<char> target)
    {
        int consumed = 0, at = 0;
        bool afterCr = false;
        while (consumed < utf8.Length)
        {
            Utf8.ToUtf16(utf8[consumed..], buffer, out int read, out int written, replaceInvalidSequences: false);
            foreach (char c in buffer.AsSpan(0, written))
            {
                if (c == '\n' && afterCr)
                {
                    afterCr = false;
                    continue;
                }
                afterCr = c == '\r';
                target[at++] = afterCr ? '\n' : c;
            }
            consumed += read;
        }
    }
}
