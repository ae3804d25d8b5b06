using System.Text;

namespace Pledgewatch.Reading;

/// <summary>
/// Decodes a large UTF-8 text file into one string without ever holding the file's bytes: a first pass checks that it
/// is text and counts the characters it will make, a second decodes straight into a string of that length, turning
/// CRLF and lone CR into LF as <see cref="TextDecoder"/> does. Peak memory is the text alone (two bytes a character)
/// instead of the bytes plus the text. Errors are values, as in <see cref="TextDecoder"/>; I/O errors are thrown.
/// </summary>
internal static class FileTextDecoder
{
    private const int ChunkBytes = 1 << 20;

    /// <summary>Reads <paramref name="path"/>; null <paramref name="error"/> on success.</summary>
    public static bool TryDecode(string path, out string text, out string? error)
    {
        text = "";
        if (!Measure(path, out long length, out error)) return false;
        if (length > int.MaxValue) { error = ReadingMessages.TooLong(length); return false; }
        text = string.Create((int)length, path, static (target, file) => Fill(file, target));
        return true;
    }

    /// <summary>Pass one: binary check (NUL, control characters, UTF-16 marks), UTF-8 validation, final length.</summary>
    private static bool Measure(string path, out long length, out string? error)
    {
        length = 0;
        error = null;
        var decoder = new UTF8Encoding(false, throwOnInvalidBytes: true).GetDecoder();
        var buffer = new byte[ChunkBytes];
        // GetCharCount leaves the decoder's state alone, so a character split across chunks would look invalid:
        // decode into a scratch buffer instead, which carries the partial character to the next chunk.
        var scratch = new char[ChunkBytes + 4];
        long offset = 0, controls = 0, crlf = 0, total = 0;
        bool lastWasCr = false;
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            var chunk = buffer.AsSpan(0, read);
            int start = 0;
            if (offset == 0)
            {
                if (read >= 2 && (chunk[0] == 0xFF && chunk[1] == 0xFE || chunk[0] == 0xFE && chunk[1] == 0xFF)) { error = ReadingMessages.Utf16(); return false; }
                if (chunk.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) start = 3;
            }
            int nul = chunk.IndexOf((byte)0);
            if (nul >= 0) { error = ReadingMessages.NulByte(offset + nul); return false; }
            foreach (byte b in chunk)
                if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\f' or (byte)'\r')) controls++;
            // A CRLF split across two chunks is one line break too.
            if (lastWasCr && chunk[0] == (byte)'\n') crlf++;
            crlf += chunk[start..].Count("\r\n"u8);
            lastWasCr = chunk[^1] == (byte)'\r';
            try
            {
                length += decoder.GetChars(buffer, start, read - start, scratch, 0, flush: false);
            }
            catch (DecoderFallbackException)
            {
                // Name the byte as the in-memory path does; a sequence cut by the chunk edge is named from this chunk on.
                int from = start;
                while (from < read && (buffer[from] & 0xC0) == 0x80) from++;
                error = ReadingMessages.InvalidUtf8(offset + from + TextDecoder.FindInvalidOffset(buffer.AsSpan(from, read - from)));
                return false;
            }
            offset += read;
            total += read;
        }
        try
        {
            length += decoder.GetChars([], 0, 0, scratch, 0, flush: true);
        }
        catch (DecoderFallbackException)
        {
            error = ReadingMessages.InvalidUtf8(total);
            return false;
        }
        if (controls * 20 > total) { error = ReadingMessages.ControlCharacters(controls, total); return false; }
        length -= crlf;
        return true;
    }

    /// <summary>Pass two: decode into <paramref name="target"/>, which has exactly the measured length.</summary>
    private static void Fill(string path, Span<char> target)
    {
        var decoder = new UTF8Encoding(false, throwOnInvalidBytes: true).GetDecoder();
        var bytes = new byte[ChunkBytes];
        var chars = new char[ChunkBytes + 4];
        int at = 0;
        bool afterCr = false, first = true;
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        int read;
        while ((read = stream.Read(bytes, 0, bytes.Length)) > 0)
        {
            int start = first && bytes.AsSpan(0, read).StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
            first = false;
            int n = decoder.GetChars(bytes, start, read - start, chars, 0, flush: false);
            foreach (char c in chars.AsSpan(0, n))
            {
                if (c == '\n' && afterCr) { afterCr = false; continue; }
                afterCr = c == '\r';
                if (at < target.Length) target[at++] = afterCr ? '\n' : c;
            }
        }
    }
}
