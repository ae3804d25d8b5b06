using System.Globalization;

namespace Pledgewatch.Ledger.Tests.Support;

/// <summary>Short reports in our own words, numbered so no two texts are alike, written to a directory.</summary>
internal static class GeneratedCorpus
{
    private static readonly string[] Donors = ["Canada", "Norway", "Japan", "Germany", "Poland"];

    public static string Write(int count)
    {
        var dir = Directory.CreateTempSubdirectory("pledgewatch-corpus-").FullName;
        for (int i = 0; i < count; i++)
        {
            var donor = Donors[i % Donors.Length];
            var text = string.Create(CultureInfo.InvariantCulture, $"""
                OTTAWA — {donor} announced on Monday that it would give Ukraine {100 + i} million dollars in grants for the repair of power stations, the minister said in statement number {i}.
                Officials met their Ukrainian counterparts in Kyiv on Tuesday to discuss a further {7 + i % 13} armoured vehicles.
                This report was first published on January {1 + i % 28}, 2026.
                """);
            File.WriteAllText(Path.Combine(dir, $"report-{i:D4}.txt"), text);
        }
        return dir;
    }
}
