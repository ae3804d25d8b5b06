namespace Pledgewatch.Reference.Importers;

/// <summary>
/// Reads the CAMEO-to-PLOVER conversion table (Open Event Data Alliance, CAMEO2PLOVER-2021.txt): lines
/// <c>code: CATEGORY, mode, context[; context] # description</c>. A two-digit code with a bare category ("03: AGREE")
/// heads a section and maps nothing; a line of tildes ends the table. Codes the table does not list get no PLOVER
/// event, which is how PLOVER drops CAMEO's roots 01 and 02 (public statements and appeals).
/// </summary>
internal static class CameoPloverTable
{
    /// <summary>The sixteen PLOVER categories (EVENTS.md, event_type).</summary>
    public static readonly HashSet<string> Categories = new(StringComparer.Ordinal)
    {
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
        "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    };

    public static Dictionary<string, PloverMapping> Read(TextReader reader, string fileName, List<string> problems)
    {
        var table = new Dictionary<string, PloverMapping>(StringComparer.Ordinal);
        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        int lineNumber = 0;
        while (reader.ReadLine() is { } raw)
        {
            lineNumber++;
            int hash = raw.IndexOf('#');
            var line = (hash >= 0 ? raw[..hash] : raw).Trim();
            if (line.Length == 0 || line.All(c => c == '~')) continue;
            int colon = line.IndexOf(':');
            var code = colon > 0 ? line[..colon].Trim() : "";
            if (code.Length is < 2 or > 4 || !code.All(char.IsAsciiDigit))
            {
                problems.Add($"{fileName}:{lineNumber}: expected 'code: CATEGORY, mode, contexts'");
                continue;
            }
            var fields = line[(colon + 1)..].Split(',');
            if (code.Length == 2 && fields.Length == 1) continue; // a section heading
            var category = fields[0].Trim();
            if (!Categories.Contains(category))
            {
                problems.Add($"{fileName}:{lineNumber}: '{category}' is not a PLOVER category");
                continue;
            }
            if (fields.Length > 3)
            {
                problems.Add($"{fileName}:{lineNumber}: more than three fields (category, mode, contexts)");
                continue;
            }
            var mode = fields.Length > 1 ? fields[1].Trim().ToLowerInvariant() : "";
            var contexts = fields.Length > 2
                ? fields[2].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(c => c.ToLowerInvariant()).ToList()
                : [];
            var mapping = new PloverMapping(category, mode, contexts);
            if (table.TryGetValue(code, out var earlier))
            {
                if (earlier.Category != mapping.Category || earlier.Mode != mapping.Mode || !earlier.Contexts.SequenceEqual(mapping.Contexts))
                    problems.Add($"{fileName}:{lineNumber}: {code} is mapped differently at line {firstLine[code]}; the first is kept");
                continue;
            }
            table[code] = mapping;
            firstLine[code] = lineNumber;
        }
        return table;
    }
}
