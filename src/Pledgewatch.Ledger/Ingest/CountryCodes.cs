using System.Collections.Frozen;

namespace Pledgewatch.Ledger.Ingest;

/// <summary>
/// The ISO 3166-1 alpha-3 codes of the coder's country table (countries.tsv, shipped in the coder assembly): an outlet
/// country given by a user or a file must be one of them. Loaded once; thread-safe.
/// </summary>
public static class CountryCodes
{
    private static readonly Lazy<FrozenSet<string>> Codes = new(Load);

    public static bool IsKnown(string code) => Codes.Value.Contains(code);

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(CodingPipeline).Assembly.GetManifestResourceStream("Pledgewatch.Reference.Data.countries.tsv")
            ?? throw new InvalidOperationException("the coder assembly has no countries.tsv: rebuild it");
        using var reader = new StreamReader(stream);
        var codes = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var code = line.Split('\t')[0];
            if (code.Length == 3) codes.Add(code);
        }
        return codes.ToFrozenSet(StringComparer.Ordinal);
    }
}
