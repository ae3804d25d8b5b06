using System.Text.RegularExpressions;

namespace Pledgewatch.Reference.Importers;

/// <summary>
/// Reads PETRARCH2's CAMEO verb dictionary (CAMEO.2.0.txt; format in dictionaries.rst, "Verb Dictionary"): synonym
/// sets (<c>&amp;LABEL</c> then <c>+PHRASE</c> lines), synonym blocks (<c>--- NAME [code] ---</c>, verb lines, pattern
/// lines starting with <c>-</c>) and transformations (<c>~</c>, skipped). Comments run from <c>#</c> (and, on verb
/// lines, from <c>;</c>) to the line end. A line it cannot read is reported as "file:line: reason" and skipped.
/// </summary>
internal static partial class CameoDictionaryReader
{
    public static CameoDictionary Read(TextReader reader, string fileName, List<string> problems)
    {
        var synsets = new Dictionary<string, CameoSynset>(StringComparer.Ordinal);
        var blocks = new List<CameoBlock>();
        int transformations = 0;
        (string Label, int Line, List<string> Phrases)? synset = null;
        CameoBlock? block = null;
        int lineNumber = 0;

        void CloseSynset()
        {
            if (synset is not { } s) return;
            var key = s.Label.TrimEnd('_'); // a final '_' only stops plurals: "&AUXVERB1_" is used as "&AUXVERB1"
            if (synsets.ContainsKey(key)) problems.Add($"{fileName}:{s.Line}: synset &{key} is defined twice; the first is kept");
            else synsets[key] = new CameoSynset(key, Expand(s.Label, s.Phrases), s.Line);
            synset = null;
        }

        while (reader.ReadLine() is { } raw)
        {
            lineNumber++;
            int hash = raw.IndexOf('#');
            var line = (hash >= 0 ? raw[..hash] : raw).Trim();
            if (line.Length == 0) continue;
            string where = $"{fileName}:{lineNumber}";

            if (line[0] == '~')
            {
                transformations++;
                continue;
            }
            if (line[0] == '&')
            {
                CloseSynset();
                block = null;
                var label = line[1..].Trim();
                if (label.Length == 0 || label.Any(char.IsWhiteSpace)) problems.Add($"{where}: bad synset label '{line}'");
                else synset = (label, lineNumber, []);
                continue;
            }
            if (line[0] == '+' && synset is { } open)
            {
                var phrase = line[1..].Trim();
                if (phrase.Length == 0 || phrase.Any(c => char.IsWhiteSpace(c) || c is '$' or '+' or '%' or '^' or '&' or '*'))
                    problems.Add($"{where}: a synset phrase holds words joined by '_' only, not '{line}'");
                else open.Phrases.Add(phrase);
                continue;
            }
            if (line.StartsWith("---", StringComparison.Ordinal))
            {
                CloseSynset();
                var header = BlockHeader().Match(line);
                var code = new CameoCode("---", null, null);
                if (header.Groups["code"].Success && !CameoCode.TryParse(header.Groups["code"].Value, out code))
                {
                    problems.Add($"{where}: bad code [{header.Groups["code"].Value}] in a block header; the block's verbs are dropped");
                    block = null;
                    continue;
                }
                block = new CameoBlock(header.Groups["name"].Value.Trim(), code, lineNumber, [], []);
                blocks.Add(block);
                continue;
            }
            if (synset is not null) CloseSynset();
            if (block is null)
            {
                problems.Add($"{where}: a verb or pattern outside any synonym block");
                continue;
            }
            if (line[0] == '-')
            {
                var pattern = PatternLine().Match(line);
                if (!pattern.Success) problems.Add($"{where}: a pattern line ends with its code in brackets, '- … * … [code]'");
                else if (!CameoCode.TryParse(pattern.Groups["code"].Value, out var code)) problems.Add($"{where}: bad code [{pattern.Groups["code"].Value}]");
                else block.Patterns.Add(new CameoPattern(pattern.Groups["body"].Value.Trim(), code, lineNumber));
                continue;
            }
            int semicolon = line.IndexOf(';');
            if (semicolon >= 0) line = line[..semicolon].Trim();
            var verb = VerbLine().Match(line);
            if (!verb.Success)
            {
                problems.Add($"{where}: a verb line is 'VERB {{forms}} [code]', not '{line}'");
                continue;
            }
            CameoCode? own = null;
            if (verb.Groups["code"].Success)
            {
                if (!CameoCode.TryParse(verb.Groups["code"].Value, out var c))
                {
                    problems.Add($"{where}: bad code [{verb.Groups["code"].Value}]");
                    continue;
                }
                own = c;
            }
            IReadOnlyList<string>? forms = verb.Groups["forms"].Success
                ? verb.Groups["forms"].Value.Split((char[])[' ', '\t', ','], StringSplitOptions.RemoveEmptyEntries)
                : null;
            block.Verbs.Add(new CameoVerb(verb.Groups["verb"].Value, forms, own, lineNumber));
        }
        CloseSynset();
        return new CameoDictionary(synsets, blocks, transformations);
    }

    /// <summary>The phrases of a synset in lower case, each followed by its plural unless the label or the phrase ends with '_'.</summary>
    private static List<string> Expand(string label, List<string> phrases)
    {
        var result = new List<string>();
        bool labelStops = label.EndsWith('_');
        foreach (var p in phrases)
        {
            bool stops = labelStops || p.EndsWith('_');
            var phrase = p.TrimEnd('_').ToLowerInvariant();
            if (phrase.Length == 0) continue;
            if (!result.Contains(phrase)) result.Add(phrase);
            if (!stops && PetrarchPlural.Of(phrase) is { } plural && !result.Contains(plural)) result.Add(plural);
        }
        return result;
    }

    // "---  ACCELERATE   [---]  ---", "---  DISGRACE   [110]---  ---": the name, then the default code.
    [GeneratedRegex(@"^-+\s*(?<name>[^\[]*?)\s*(?:\[(?<code>[^\]]*)\])?[\s-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex BlockHeader();

    // "- * (FOR AID)   [0231]": the body up to the first bracket, then the code and nothing else.
    [GeneratedRegex(@"^-(?<body>[^\[\]]*)\[(?<code>[^\]]*)\]\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex PatternLine();

    // "SEEK {SEEKS SEEKING SOUGHT} [030]": one word (phrases joined by '_'), optional forms, optional code.
    [GeneratedRegex(@"^(?<verb>[^\s{}\[\]]+)\s*(?:\{(?<forms>[^}]*)\})?\s*(?:\[(?<code>[^\]]*)\])?$", RegexOptions.CultureInvariant)]
    private static partial Regex VerbLine();
}
