using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;

namespace Pledgewatch.Reference;

/// <summary>
/// The format of a precompiled table (a <c>.bin</c> beside the text tables it is made from, written by
/// <c>pledgewatch reference compile</c>): a header ("PWCT", format version, the kind of table, a fingerprint of the text
/// tables it was made from), then, deflated, arrays and texts (UTF-8), each as its element count and its little-endian
/// bytes. Loading is inflating those arrays: nothing to split or parse. The fingerprint lets a loader see that a text
/// table changed after the compile (then the loader builds from the text, and a test says to compile again).
/// </summary>
internal static class CompiledTable
{
    private const uint Magic = 0x54435750; // "PWCT" read as a little-endian uint
    private const int FormatVersion = 2;

    // No table of ours comes near it: a count beyond it is a damaged table, not an array to allocate.
    private const long MaxArrayBytes = 1L << 28;

    /// <summary>The fingerprint of the embedded text tables <paramref name="names"/>, in order (their bytes as shipped).</summary>
    public static byte[] DigestOfEmbedded(params string[] names) => Digest(names, EmbeddedTable.OpenStream);

    /// <summary>The fingerprint of the files <paramref name="paths"/>, in order: what <see cref="DigestOfEmbedded"/> gives once they are embedded.</summary>
    public static byte[] DigestOfFiles(params string[] paths) => Digest(paths, File.OpenRead);

    private static byte[] Digest(string[] sources, Func<string, Stream> open)
    {
        var fingerprint = new Fingerprint();
        var buffer = new byte[1 << 16];
        foreach (var source in sources)
        {
            using var stream = open(source);
            fingerprint.Table(stream, buffer);
        }
        return fingerprint.Value;
    }

    /// <summary>
    /// A 64-bit fingerprint of tables' bytes, to notice that a text table was edited after the compile; not a
    /// cryptographic hash (SHA-256 costs more to set up than a start can spare), and a test compares the tables
    /// themselves. Each table adds its length, then its bytes eight at a time.
    /// </summary>
    private sealed class Fingerprint
    {
        private ulong _hash = 0xCBF29CE484222325;

        public byte[] Value => BitConverter.GetBytes(_hash);

        public void Table(Stream stream, byte[] buffer)
        {
            long length = 0;
            int filled = 0, n;
            while ((n = stream.Read(buffer, filled, buffer.Length - filled)) > 0)
            {
                filled += n;
                length += n;
                if (filled < buffer.Length) continue;
                Mix(buffer);
                filled = 0;
            }
            Mix(buffer.AsSpan(0, filled));
            Add((ulong)length);
        }

        private void Mix(ReadOnlySpan<byte> bytes)
        {
            var words = MemoryMarshal.Cast<byte, ulong>(bytes);
            foreach (var w in words) Add(w);
            for (int i = words.Length * sizeof(ulong); i < bytes.Length; i++) Add(bytes[i]);
        }

        private void Add(ulong value) => _hash = System.Numerics.BitOperations.RotateLeft((_hash ^ value) * 0x9E3779B97F4A7C15, 29);
    }

    /// <summary>
    /// Writes the header, then arrays, deflated (most are small integers: the two tables take a third of their size).
    /// Little-endian machines only, as every .NET target we ship to. Dispose it to finish the table.
    /// </summary>
    public sealed class Writer : IDisposable
    {
        private readonly DeflateStream _body;

        public Writer(Stream stream, string kind, byte[] digest)
        {
            if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("Precompiled tables are written on little-endian machines only.");
            stream.Write(BitConverter.GetBytes(Magic));
            stream.Write(BitConverter.GetBytes(FormatVersion));
            Array(stream, MemoryMarshal.AsBytes(kind.PadRight(16).AsSpan(0, 16)), 16);
            Array(stream, digest, digest.Length);
            _body = new DeflateStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        }

        public void Array<T>(ReadOnlySpan<T> values) where T : unmanaged => Array(_body, MemoryMarshal.AsBytes(values), values.Length);

        /// <summary>Writes <paramref name="text"/> as UTF-8; it must survive the round trip (no lone surrogate).</summary>
        public void Text(string text)
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            if (Encoding.UTF8.GetString(bytes) != text) throw new ArgumentException("The text has a lone surrogate: it would not read back the same.", nameof(text));
            Array<byte>(bytes);
        }

        public void Dispose() => _body.Dispose();

        private static void Array(Stream into, ReadOnlySpan<byte> bytes, int count)
        {
            into.Write(BitConverter.GetBytes(count));
            into.Write(bytes);
        }
    }

    /// <summary>The header and the inflated arrays of a table: the same for two tables of the same content, whatever the deflater.</summary>
    public static byte[] Contents(Stream table)
    {
        using var contents = new MemoryStream();
        var head = new byte[8];
        table.ReadExactly(head);
        contents.Write(head);
        CopyField(table, contents, sizeof(char)); // the kind
        CopyField(table, contents, 1); // the fingerprint
        using (var body = new DeflateStream(table, CompressionMode.Decompress, leaveOpen: true)) body.CopyTo(contents);
        return contents.ToArray();
    }

    private static void CopyField(Stream from, Stream into, int size)
    {
        var count = new byte[4];
        from.ReadExactly(count);
        var field = new byte[BitConverter.ToInt32(count) * size];
        from.ReadExactly(field);
        into.Write(count);
        into.Write(field);
    }

    /// <summary>
    /// Reads what <see cref="Writer"/> wrote, from the stream straight into the arrays. A missing table, a wrong magic,
    /// version or kind, or a truncated array is an <see cref="InvalidDataException"/> naming the table; a digest that
    /// differs is not an error (see <see cref="Digest"/>). Not thread-safe; one reader per load.
    /// </summary>
    public sealed class Reader : IDisposable
    {
        private Stream _stream;
        private readonly string _name;

        private Reader(Stream stream, string name, string kind)
        {
            _stream = stream;
            _name = name;
            if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("Precompiled tables are read on little-endian machines only.");
            Span<byte> head = stackalloc byte[8];
            if (stream.ReadAtLeast(head, 8, throwOnEndOfStream: false) < 8 || BitConverter.ToUInt32(head) != Magic)
                throw new InvalidDataException($"The precompiled table {name} is not one (no PWCT header); rebuild it with `pledgewatch reference compile`.");
            if (BitConverter.ToInt32(head[4..]) != FormatVersion)
                throw new InvalidDataException($"The precompiled table {name} has format {BitConverter.ToInt32(head[4..])}, not {FormatVersion}; rebuild it with `pledgewatch reference compile`.");
            var stored = new string(Array<char>()).TrimEnd();
            if (stored != kind) throw new InvalidDataException($"The precompiled table {name} holds '{stored}', not '{kind}'.");
            Digest = Array<byte>();
            _stream = new DeflateStream(stream, CompressionMode.Decompress);
        }

        /// <summary>The fingerprint of the text tables the table was compiled from.</summary>
        public byte[] Digest { get; }

        /// <summary>Opens the embedded table <paramref name="name"/>, which must hold a table of <paramref name="kind"/>.</summary>
        public static Reader OpenEmbedded(string name, string kind) => new(EmbeddedTable.OpenStream(name), name, kind);

        /// <summary>Reads a table of <paramref name="kind"/> from <paramref name="stream"/> (which the reader then owns).</summary>
        public static Reader Open(Stream stream, string name, string kind) => new(stream, name, kind);

        public T[] Array<T>() where T : unmanaged
        {
            var array = new T[Count(System.Runtime.CompilerServices.Unsafe.SizeOf<T>())];
            Fill(MemoryMarshal.AsBytes(array.AsSpan()));
            return array;
        }

        public string Text()
        {
            var bytes = Array<byte>();
            return Encoding.UTF8.GetString(bytes);
        }

        /// <summary>Throws unless every byte was read: a table with more in it than its reader knows is from another build.</summary>
        public void End()
        {
            if (Inflate(() => _stream.ReadByte()) >= 0) throw new InvalidDataException($"The precompiled table {_name} has bytes after its last array; rebuild it with `pledgewatch reference compile`.");
        }

        public void Dispose() => _stream.Dispose();

        private int Count(int size)
        {
            Span<byte> count = stackalloc byte[4];
            Fill(count);
            int n = BitConverter.ToInt32(count);
            if (n < 0 || (long)n * size > MaxArrayBytes) throw Truncated();
            return n;
        }

        private void Fill(Span<byte> into)
        {
            int read;
            try
            {
                read = _stream.ReadAtLeast(into, into.Length, throwOnEndOfStream: false);
            }
            catch (InvalidDataException e)
            {
                throw new InvalidDataException($"The precompiled table {_name} is damaged ({e.Message}); rebuild it with `pledgewatch reference compile`.", e);
            }
            if (read < into.Length) throw Truncated();
        }

        private int Inflate(Func<int> read)
        {
            try
            {
                return read();
            }
            catch (InvalidDataException e)
            {
                throw new InvalidDataException($"The precompiled table {_name} is damaged ({e.Message}); rebuild it with `pledgewatch reference compile`.", e);
            }
        }

        private InvalidDataException Truncated() =>
            new($"The precompiled table {_name} is truncated; rebuild it with `pledgewatch reference compile`.");
    }
}
