using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace Pledgewatch.Reference;

/// <summary>
/// The format of a precompiled table (a <c>.bin</c> beside the text tables it is made from, written by
/// <c>pledgewatch reference compile</c>): a header ("PWCT", format version, the kind of table, the SHA-256 of the text
/// tables it was made from), then arrays, each as its element count and its little-endian bytes. Loading is copying
/// those arrays: nothing to split or parse. The digest lets a loader see that a text table changed after the compile
/// (then the loader builds from the text, and a test says to compile again).
/// </summary>
internal static class CompiledTable
{
    private const uint Magic = 0x54435750; // "PWCT" read as a little-endian uint
    private const int FormatVersion = 1;

    /// <summary>The SHA-256 of the embedded text tables <paramref name="names"/>, in order (their bytes as shipped).</summary>
    public static byte[] DigestOfEmbedded(params string[] names)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[1 << 16];
        foreach (var name in names)
        {
            using var stream = EmbeddedTable.OpenStream(name);
            int n;
            while ((n = stream.Read(buffer)) > 0) hash.AppendData(buffer, 0, n);
        }
        return hash.GetHashAndReset();
    }

    /// <summary>The SHA-256 of the files <paramref name="paths"/>, in order: what <see cref="DigestOfEmbedded"/> gives once they are embedded.</summary>
    public static byte[] DigestOfFiles(params string[] paths)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var path in paths) hash.AppendData(File.ReadAllBytes(path));
        return hash.GetHashAndReset();
    }

    /// <summary>Writes arrays after the header; little-endian machines only (as every .NET target we ship to).</summary>
    public sealed class Writer(Stream stream, string kind, byte[] digest)
    {
        private bool _started;

        public void Ints(ReadOnlySpan<int> values) => Array(MemoryMarshal.AsBytes(values), values.Length);

        public void Longs(ReadOnlySpan<long> values) => Array(MemoryMarshal.AsBytes(values), values.Length);

        public void Bytes(ReadOnlySpan<byte> values) => Array(values, values.Length);

        public void Chars(ReadOnlySpan<char> values) => Array(MemoryMarshal.AsBytes(values), values.Length);

        private void Array(ReadOnlySpan<byte> bytes, int count)
        {
            if (!_started) Header();
            stream.Write(BitConverter.GetBytes(count));
            stream.Write(bytes);
        }

        private void Header()
        {
            if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("Precompiled tables are written on little-endian machines only.");
            _started = true;
            stream.Write(BitConverter.GetBytes(Magic));
            stream.Write(BitConverter.GetBytes(FormatVersion));
            Chars(kind.PadRight(16).AsSpan(0, 16));
            Bytes(digest);
        }
    }

    /// <summary>
    /// Reads what <see cref="Writer"/> wrote. A missing table, a wrong magic, version or kind, or a truncated array is
    /// an <see cref="InvalidDataException"/> naming the table; a digest that differs is not an error (see <see cref="Digest"/>).
    /// </summary>
    public sealed class Reader
    {
        private readonly byte[] _bytes;
        private readonly string _name;
        private int _at;

        private Reader(byte[] bytes, string name, string kind)
        {
            _bytes = bytes;
            _name = name;
            if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("Precompiled tables are read on little-endian machines only.");
            if (bytes.Length < 8 || BitConverter.ToUInt32(bytes, 0) != Magic)
                throw new InvalidDataException($"The precompiled table {name} is not one (no PWCT header); rebuild it with `pledgewatch reference compile`.");
            if (BitConverter.ToInt32(bytes, 4) != FormatVersion)
                throw new InvalidDataException($"The precompiled table {name} has format {BitConverter.ToInt32(bytes, 4)}, not {FormatVersion}; rebuild it with `pledgewatch reference compile`.");
            _at = 8;
            var stored = new string(Chars()).TrimEnd();
            if (stored != kind) throw new InvalidDataException($"The precompiled table {name} holds '{stored}', not '{kind}'.");
            Digest = Bytes();
        }

        /// <summary>The SHA-256 of the text tables the table was compiled from.</summary>
        public byte[] Digest { get; }

        /// <summary>Opens the embedded table <paramref name="name"/>, which must hold a table of <paramref name="kind"/>.</summary>
        public static Reader OpenEmbedded(string name, string kind)
        {
            using var stream = EmbeddedTable.OpenStream(name);
            var bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
            return new Reader(bytes, name, kind);
        }

        public static Reader Open(byte[] bytes, string name, string kind) => new(bytes, name, kind);

        public int[] Ints() => MemoryMarshal.Cast<byte, int>(Next(sizeof(int))).ToArray();

        public long[] Longs() => MemoryMarshal.Cast<byte, long>(Next(sizeof(long))).ToArray();

        public byte[] Bytes() => Next(1).ToArray();

        public ReadOnlySpan<char> Chars() => MemoryMarshal.Cast<byte, char>(Next(sizeof(char)));

        /// <summary>Throws unless every byte was read: a table with more in it than its reader knows is from another build.</summary>
        public void End()
        {
            if (_at != _bytes.Length) throw new InvalidDataException($"The precompiled table {_name} has {_bytes.Length - _at} bytes after its last array; rebuild it with `pledgewatch reference compile`.");
        }

        private ReadOnlySpan<byte> Next(int size)
        {
            if (_at + 4 > _bytes.Length) throw Truncated();
            int count = BitConverter.ToInt32(_bytes, _at);
            long length = (long)count * size;
            if (count < 0 || _at + 4 + length > _bytes.Length) throw Truncated();
            var span = _bytes.AsSpan(_at + 4, (int)length);
            _at += 4 + (int)length;
            return span;
        }

        private InvalidDataException Truncated() =>
            new($"The precompiled table {_name} is truncated at byte {_at}; rebuild it with `pledgewatch reference compile`.");
    }
}
