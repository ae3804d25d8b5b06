namespace Pledgewatch.Reference.Importers;

/// <summary>
/// Builds event-frames-cameo.tsv from PETRARCH2's CAMEO verb dictionary and the CAMEO-to-PLOVER table: a "verb" row
/// for every verb of every synonym block with its default code (its own <c>[code]</c>, else its block's), and a
/// "pattern" row for every pattern line and every verb of its block. Codes that give no PLOVER event give no row: the
/// null code <c>---</c>, CAMEO's roots 01 and 02 (which PLOVER drops) and any code the table does not map; the
/// counts of each are in the summary. Rows are sorted and repeats dropped, so the file depends only on the sources.
/// </summary>
internal static class CameoFrameImporter
{
    public const string FileName = "event-frames-cameo.tsv";

    public static List<CameoFrame> Build(CameoDictionary dictionary, IReadOnlyDictionary<string, PloverMapping> table, string fileName,
        List<string> problems, ImportCounts counts)
    {
        var frames = new Dictionary<string, CameoFrame>(StringComparer.Ordinal);
        counts.Set("synsets", dictionary.Synsets.Count);
        counts.Set("blocks", dictionary.Blocks.Count);
        counts.Set("verbs", dictionary.Blocks.Sum(b => b.Verbs.Count));
        counts.Set("patterns", dictionary.Blocks.Sum(b => b.Patterns.Count));
        counts.Set("transformations skipped", dictionary.Transformations);
        foreach (var block in dictionary.Blocks)
        {
            var lemmas = block.Verbs.Select(v => Lemma(v.Word)).ToList();
            for (int i = 0; i < block.Verbs.Count; i++)
            {
                var verb = block.Verbs[i];
                var code = verb.Code ?? block.Code;
                if (Map(code, table, "verbs", counts) is not { } mapping) continue;
                var forms = verb.Forms is null ? "" : verb.Forms.Count == 0 ? "-" : string.Join(',', verb.Forms.Select(Lemma));
                if (!Add(frames, new CameoFrame("verb", lemmas[i], forms, code.Text, mapping.Category, mapping.Mode, mapping.Contexts)))
                    counts.Add("verb rows repeated");
            }
            foreach (var pattern in block.Patterns)
            {
                if (Map(pattern.Code, table, "patterns", counts) is not { } mapping) continue;
                var spec = CameoPatternSpec.Build(pattern.Body, dictionary.Synsets, out var error);
                if (spec is null)
                {
                    problems.Add($"{fileName}:{pattern.Line}: {error}");
                    counts.Add("patterns dropped: unreadable");
                    continue;
                }
                if (lemmas.Count == 0) counts.Add("patterns dropped: block without verbs");
                foreach (var lemma in lemmas)
                    if (!Add(frames, new CameoFrame("pattern", lemma, spec, pattern.Code.Text, mapping.Category, mapping.Mode, mapping.Contexts)))
                        counts.Add("pattern rows repeated");
            }
        }
        var rows = Sorted(frames.Values);
        counts.Set("verb rows", rows.Count(r => r.Kind == "verb"));
        counts.Set("pattern rows", rows.Count(r => r.Kind == "pattern"));
        return rows;
    }

    private static bool Add(Dictionary<string, CameoFrame> frames, CameoFrame frame) => frames.TryAdd(frame.ToLine(), frame);

    /// <summary>The PLOVER mapping of a code, or null with the reason counted under "<paramref name="what"/> dropped: …".</summary>
    private static PloverMapping? Map(CameoCode code, IReadOnlyDictionary<string, PloverMapping> table, string what, ImportCounts counts)
    {
        var effective = code.Effective;
        if (effective is null)
        {
            counts.Add($"{what} dropped: null code ---");
            return null;
        }
        if (table.TryGetValue(effective, out var mapping)) return mapping;
        counts.Add(effective.StartsWith("01", StringComparison.Ordinal) || effective.StartsWith("02", StringComparison.Ordinal)
            ? $"{what} dropped: root 01/02 (not in PLOVER)"
            : $"{what} dropped: code not in CAMEO2PLOVER");
        return null;
    }

    /// <summary>"+CORDON_OFF" → "+cordon off"; "HURRY" → "hurry".</summary>
    internal static string Lemma(string word) =>
        string.Join(' ', word.ToLowerInvariant().Split('_', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Verb rows first, then pattern rows, each in ordinal order of the whole row.</summary>
    public static List<CameoFrame> Sorted(IEnumerable<CameoFrame> frames) =>
        frames.Select(f => (Frame: f, Line: f.ToLine()))
            .OrderBy(f => f.Frame.Kind == "verb" ? 0 : 1).ThenBy(f => f.Line, StringComparer.Ordinal)
            .Select(f => f.Frame).ToList();

    public static void Write(IEnumerable<CameoFrame> frames, TextWriter writer)
    {
        GeneratedHeader.Write(writer,
        [
            "Event frames from the CAMEO verb dictionary of PETRARCH2, mapped to PLOVER. Two kinds of row, tab-separated:",
            "  verb    <TAB> lemma <TAB> forms <TAB> cameo <TAB> category <TAB> mode <TAB> contexts",
            "  pattern <TAB> lemma <TAB> spec  <TAB> cameo <TAB> category <TAB> mode <TAB> contexts",
            "lemma: lower case; a phrasal verb keeps its words and marks the inflected one with '+' ('+cordon off', 'wire +tap').",
            "forms: the irregular forms the dictionary lists, comma-separated (same notation); empty = regular (-s, -ed, -ing);",
            "  '-' = the dictionary says the verb has no other form.",
            "spec: the words around the verb, as space-separated constraints in the pattern's order:",
            "  obj=HEAD a noun after the verb; mod=WORD another word of its braced phrase, before the head;",
            "  prep=P pobj=HEAD pmod=WORD a prepositional phrase after the verb ('prep=against' alone: the preposition only);",
            "  subj=HEAD smod=WORD a noun (phrase) before the verb; pre-prep=P pre-pobj=HEAD pre-pmod=WORD a prepositional",
            "  phrase before the verb. Several obj= constraints are several words after the verb ('put out views':",
            "  obj=out obj=views). In a value, '|' separates alternatives and '_' joins the words of a phrase. A synset",
            "  &LABEL is expanded to its phrases, each followed by its regular plural (-s; -es after ss, x, z, ch, sh; -ies",
            "  after a consonant and y) unless the label or the phrase ends in '_' or the phrase is plural already (ends in",
            "  a single s or in 'men') or ends in a non-letter.",
            "  Actor placeholders are KEPT as values: $ = the source actor, + = the target actor, % = both (compound actor),",
            "  ^ = a noun phrase skipped; e.g. 'prep=to pobj=+': the target is the object of 'to'.",
            "cameo: the code as written. A pair A:B also means B with source and target swapped ('A visits B' = 'B hosts A');",
            "  ':B' has only that swapped event. category, mode and contexts are those of A, or of B when there is no A.",
            "category: PLOVER (upper case); mode and contexts (comma list) lower case, empty when the table gives none.",
            "No row for the null code ---, for CAMEO roots 01 and 02 (dropped by PLOVER), or for codes the table does not map.",
            "Patterns apply to every verb of their synonym block, so each pattern line gives one row per verb.",
            "Sources: PETRARCH2 CAMEO.2.0.txt (openeventdata/petrarch2, data/dictionaries; Open Event Data Alliance) and",
            "CAMEO2PLOVER-2021.txt (Philip Schrodt, PLOVER manual draft 0.8), both in ../shared/reference.",
            "Made by: pledgewatch reference import --cameo ../shared/reference/petrarch2/CAMEO.2.0.txt",
            "  --cameo-plover ../shared/reference/CAMEO2PLOVER-2021.txt --out src/Pledgewatch/Reference/Data",
            "Generated: do not edit by hand.",
            .. GeneratedHeader.MitLicence("Copyright (c) 2015 Open Event Data Alliance"),
        ]);
        foreach (var f in frames)
        {
            writer.Write(f.ToLine());
            writer.Write('\n');
        }
    }

    /// <summary>Parses event-frames-cameo.tsv as written by <see cref="Write"/>.</summary>
    public static List<CameoFrame> Parse(TextReader reader) =>
        TableFile.Read(reader).Select(r => new CameoFrame(r[0], TableFile.Field(r, 1), TableFile.Field(r, 2), TableFile.Field(r, 3),
            TableFile.Field(r, 4), TableFile.Field(r, 5),
            TableFile.Field(r, 6).Split(',', StringSplitOptions.RemoveEmptyEntries))).ToList();
}
