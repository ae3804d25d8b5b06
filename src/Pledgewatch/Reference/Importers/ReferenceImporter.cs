namespace Pledgewatch.Reference.Importers;

/// <summary>
/// Runs the importers over the sources given and writes the derived tables into an output directory: the official
/// files (countries, officeholders, places) and, each from its own path, the syntax lexicon, the irregular forms, the
/// CAMEO event frames, the people nouns, the agents and the armed groups (checked against the bundled tables: the countries and the names
/// the entity lexicon has already, <see cref="ArmedGroupChecks.From"/>). Files are written with LF line ends and no BOM, sorted, so that a re-import of
/// unchanged sources changes nothing.
/// </summary>
internal static class ReferenceImporter
{
    public const string CountriesSource = "countries.json";
    public const string OfficeholdersSource = "officeholders";
    public const string PlacesSource = "geonames-cities15000.txt";

    /// <summary>Imports the official files of <paramref name="sourceDirectory"/>; a missing one is reported, not thrown.</summary>
    public static ImportReport Run(string sourceDirectory, string outputDirectory) => Run(new ReferenceSources(sourceDirectory), outputDirectory);

    /// <summary>Imports every source named; the caller checks first that they exist (<see cref="ReferenceSources.Check"/>).</summary>
    public static ImportReport Run(ReferenceSources sources, string outputDirectory)
    {
        var problems = new List<string>();
        var written = new List<string>();
        var summary = new List<string>();
        Directory.CreateDirectory(outputDirectory);
        if (sources.Official is { } official) ImportOfficial(official, outputDirectory, problems, written);

        if (sources.Lexicon is { } lexicon)
        {
            var counts = new ImportCounts();
            var entries = LexiconImporter.Read(File.ReadAllText(lexicon), Path.GetFileName(lexicon), problems, counts);
            if (sources.WordNet is { } indexes)
            {
                // verb.exc's inflected forms: the irregular ones, whose past tense is not the participle's form.
                HashSet<string> IrregularForms(string path)
                {
                    using var reader = new StreamReader(path);
                    return IrregularFormImporter.Read(reader, "verb.exc", 'v', [], new ImportCounts()).Select(f => f.Form).ToHashSet(StringComparer.Ordinal);
                }
                HashSet<string> Lemmas(string file)
                {
                    using var reader = new StreamReader(Path.Combine(indexes, file));
                    return LexiconImporter.IndexLemmas(reader);
                }
                var nouns = Lemmas(LexiconImporter.WordNetNounIndex);
                entries = LexiconImporter.AddWordNetNouns(entries, nouns, counts);
                var verbs = Lemmas(LexiconImporter.WordNetVerbIndex);
                entries = LexiconImporter.AddWordNetVerbs(entries, verbs, nouns, counts);
                entries = LexiconImporter.AddRegularPasts(entries, verbs, IrregularForms(Path.Combine(indexes, "verb.exc")), counts);
            }
            var version = LexiconImporter.PackageVersion(lexicon);
            WriteFile(outputDirectory, LexiconImporter.FileName, w => LexiconImporter.Write(entries, version, w), written);
            summary.Add(counts.Format(LexiconImporter.FileName));
        }

        if (sources.WordNet is { } wordnet)
        {
            var counts = new ImportCounts();
            var rows = new List<IrregularForm>();
            foreach (var (file, pos) in IrregularFormImporter.Lists)
            {
                using var reader = new StreamReader(Path.Combine(wordnet, file));
                rows.AddRange(IrregularFormImporter.Read(reader, file, pos, problems, counts));
            }
            var sorted = IrregularFormImporter.Sorted(rows);
            counts.Set("rows written", sorted.Count);
            WriteFile(outputDirectory, IrregularFormImporter.FileName, w => IrregularFormImporter.Write(sorted, w), written);
            summary.Add(counts.Format(IrregularFormImporter.FileName));

            var peopleCounts = new ImportCounts();
            SortedSet<string> people;
            using (var index = new StreamReader(Path.Combine(wordnet, LexiconImporter.WordNetNounIndex)))
            using (var data = File.OpenRead(Path.Combine(wordnet, PersonNounImporter.DataFile)))
                people = PersonNounImporter.Read(index, data, problems, peopleCounts);
            WriteFile(outputDirectory, PersonNounImporter.FileName, w => PersonNounImporter.Write(people, w), written);
            summary.Add(peopleCounts.Format(PersonNounImporter.FileName));
        }

        if (sources.Cameo is { } cameo && sources.CameoPlover is { } plover)
        {
            var counts = new ImportCounts();
            Dictionary<string, PloverMapping> table;
            using (var reader = new StreamReader(plover)) table = CameoPloverTable.Read(reader, Path.GetFileName(plover), problems);
            counts.Set("CAMEO codes mapped", table.Count);
            CameoDictionary dictionary;
            using (var reader = new StreamReader(cameo)) dictionary = CameoDictionaryReader.Read(reader, Path.GetFileName(cameo), problems);
            var frames = CameoFrameImporter.Build(dictionary, table, Path.GetFileName(cameo), problems, counts);
            WriteFile(outputDirectory, CameoFrameImporter.FileName, w => CameoFrameImporter.Write(frames, w), written);
            summary.Add(counts.Format(CameoFrameImporter.FileName));
        }

        if (sources.Agents is { } agents)
        {
            var counts = new ImportCounts();
            List<AgentEntry> entries;
            using (var reader = new StreamReader(agents)) entries = AgentImporter.Read(reader, Path.GetFileName(agents), problems, counts);
            WriteFile(outputDirectory, AgentImporter.FileName, w => AgentImporter.Write(entries, w), written);
            summary.Add(counts.Format(AgentImporter.FileName));
        }

        if (sources.ArmedGroups is { } armedGroups)
        {
            var counts = new ImportCounts();
            var checks = ArmedGroupChecks.From(ReferenceData.Load());
            List<ArmedGroupEntry> entries;
            using (var reader = new StreamReader(armedGroups)) entries = ArmedGroupImporter.Read(reader, Path.GetFileName(armedGroups), checks, problems, counts);
            WriteFile(outputDirectory, ArmedGroupImporter.FileName, w => ArmedGroupImporter.Write(entries, w), written);
            summary.Add(counts.Format(ArmedGroupImporter.FileName));
        }

        return new ImportReport(written, problems, summary);
    }

    private static void ImportOfficial(string sourceDirectory, string outputDirectory, List<string> problems, List<string> written)
    {
        List<Country>? countries = null;
        var countriesPath = Path.Combine(sourceDirectory, CountriesSource);
        if (File.Exists(countriesPath))
        {
            using (var json = File.OpenRead(countriesPath)) countries = CountryImporter.Read(json);
            WriteFile(outputDirectory, CountryImporter.FileName, w => CountryImporter.Write(countries, w), written);
            SortedDictionary<string, string> currencies;
            using (var json = File.OpenRead(countriesPath)) currencies = CountryImporter.ReadCurrencyNames(json);
            WriteFile(outputDirectory, CountryImporter.CurrencyNamesFileName, w => CountryImporter.WriteCurrencyNames(currencies, w), written);
        }
        else problems.Add($"{CountriesSource}: not found in {sourceDirectory}");

        var officeholdersPath = Path.Combine(sourceDirectory, OfficeholdersSource);
        if (Directory.Exists(officeholdersPath))
        {
            var rows = OfficeholderImporter.ReadDirectory(officeholdersPath, problems);
            WriteFile(outputDirectory, OfficeholderImporter.FileName, w => OfficeholderImporter.Write(rows, w), written);
        }
        else problems.Add($"{OfficeholdersSource}/: not found in {sourceDirectory}");

        var placesPath = Path.Combine(sourceDirectory, PlacesSource);
        if (File.Exists(placesPath) && countries is not null)
        {
            var iso2 = countries.Where(c => c.Iso2.Length == 2).ToDictionary(c => c.Iso2, c => c.Iso3, StringComparer.Ordinal);
            using var reader = new StreamReader(placesPath);
            var places = PlaceImporter.Read(reader, iso2, problems);
            WriteFile(outputDirectory, PlaceImporter.FileName, w => PlaceImporter.Write(places, w), written);
        }
        else if (!File.Exists(placesPath)) problems.Add($"{PlacesSource}: not found in {sourceDirectory}");
        else problems.Add($"{PlacesSource}: skipped, the countries table is needed to code places");
    }

    private static void WriteFile(string directory, string name, Action<TextWriter> write, List<string> written)
    {
        var path = Path.Combine(directory, name);
        using (var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
        {
            writer.NewLine = "\n";
            write(writer);
        }
        written.Add(path);
    }
}
