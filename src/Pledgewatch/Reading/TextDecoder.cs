using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Pledgewatch.Reading;

/// <summary>
/// Checks that bytes are UTF-8 text and decodes them with line ends normalised to LF. The text is built in place
/// in its final string (validated and measured first, then decoded through a small buffer), so a large file costs
/// its bytes plus one string. Never throws on bad content.
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
        var utf8 = content.AsSpan(start);
        if (!Utf8.IsValid(utf8))
        {
            text = "";
            error = ReadingMessages.InvalidUtf8((long)start + FindInvalidOffset(utf8));
            return false;
        }
        // CR and LF are single bytes in UTF-8 and one char each in UTF-16, so the final length is known up front.
        int length = Encoding.UTF8.GetCharCount(utf8) - utf8.Count("\r\n"u8);
        text = string.Create(length, (content, start), static (target, state) => Fill(state.content.AsSpan(state.start), target));
        error = null;
        return true;
    }

    /// <summary>The offset of the first byte that does not begin a valid UTF-8 sequence (validation failed).</summary>
    internal static int FindInvalidOffset(ReadOnlySpan<byte> utf8)
    {
        var buffer = ArrayPool<char>.Shared.Rent(ChunkChars);
        try
        {
            int consumed = 0;
            while (consumed < utf8.Length)
            {
                var status = Utf8.ToUtf16(utf8[consumed..], buffer, out int read, out _, replaceInvalidSequences: false);
                consumed += read;
                if (status is OperationStatus.InvalidData or OperationStatus.NeedMoreData) break;
            }
            return consumed;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>Decodes valid UTF-8 straight into the final string's memory, turning CRLF and CR into LF.</summary>
    private static void Fill(ReadOnlySpan<byte> utf8, Span<char> target)
    {
        if (utf8.IndexOf((byte)'\r') < 0)
        {
            Utf8.ToUtf16(utf8, target, out _, out _, replaceInvalidSequences: false);
            return;
        }

        var buffer = ArrayPool<char>.Shared.Rent(ChunkChars);
        try
        {
            int consumed = 0, at = 0;
            bool afterCr = false;
            while (consumed < utf8.Length)
            {
                Utf8.ToUtf16(utf8[consumed..], buffer, out int read, out int written, replaceInvalidSequences: false);
                consumed += read;
                var chunk = buffer.AsSpan(0, written);
                if (afterCr && !chunk.IsEmpty && chunk[0] == '\n') chunk = chunk[1..];
                afterCr = false;
                while (true)
                {
                    int cr = chunk.IndexOf('\r');
                    if (cr < 0)
                    {
                        chunk.CopyTo(target[at..]);
                        at += chunk.Length;
                        break;
                    }
                    chunk[..cr].CopyTo(target[at..]);
                    at += cr;
                    target[at++] = '\n';
                    chunk = chunk[(cr + 1)..];
                    if (chunk.IsEmpty)
                    {
                        afterCr = true;
                        break;
                    }
                    if (chunk[0] == '\n') chunk = chunk[1..];
                }
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }
}
