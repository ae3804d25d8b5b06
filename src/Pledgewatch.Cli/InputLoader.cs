using Pledgewatch.Reading;

namespace Pledgewatch.Cli;

/// <summary>Reads the files and standard input named on the command line into <see cref="Document"/>s, one at a time.</summary>
internal static class InputLoader
{
    /// <summary>Files larger than this are refused rather than read: the coder holds one document's text in memory.</summary>
    public const long MaxBytes = 256L * 1024 * 1024;

    /// <summary>Reads one input; "-" is standard input (document id "stdin"). Failures come back as <see cref="ReadResult.Error"/>.</summary>
    public static ReadResult Load(string path, DateOnly? published, string? country)
    {
        byte[] bytes = [];
        DateOnly? fileDate = null;
        string id;
        try
        {
            if (path == "-")
            {
                using var stdin = Console.OpenStandardInput();
                using var buffer = new MemoryStream();
                stdin.CopyTo(buffer);
                bytes = buffer.ToArray();
                id = "stdin";
            }
            else
            {
                var info = new FileInfo(path);
                if (Directory.Exists(path)) return ReadResult.Fail($"{path}: is a directory, not a file");
                if (!info.Exists) return ReadResult.Fail($"{path}: no such file");
                if (info.Length > MaxBytes) return ReadResult.Fail($"{path}: too large ({info.Length / (1024 * 1024)} MB; the limit is {MaxBytes / (1024 * 1024)} MB)");
                fileDate = DateOnly.FromDateTime(info.LastWriteTime);
                id = DocumentId(path);
                var fromFile = DocumentReader.ReadFile(path, new ReadOptions(id, published, country, fileDate, Path.GetFileName(path)));
                return fromFile.Succeeded ? fromFile : ReadResult.Fail($"{path}: {fromFile.Error}");
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ReadResult.Fail($"{path}: cannot be read ({e.Message})");
        }
        var result = DocumentReader.Read(bytes, new ReadOptions(id, published, country, fileDate, null));
        return result.Succeeded ? result : ReadResult.Fail($"{path}: {result.Error}");
    }

    /// <summary>The file name without its extension(s) of a report: "a/b/report.html" → "report".</summary>
    public static string DocumentId(string path)
    {
        var name = Path.GetFileName(path);
        foreach (var ext in (ReadOnlySpan<string>)[".txt", ".html", ".htm", ".text", ".md"])
            if (name.EndsWith(ext, StringComparison.OrdinalIgnoreCase)) return name[..^ext.Length];
        return Path.GetFileNameWithoutExtension(name);
    }
}
