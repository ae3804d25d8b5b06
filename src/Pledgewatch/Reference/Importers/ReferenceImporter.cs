namespace Pledgewatch.Reference.Importers;

/// <summary>
/// Runs the three importers over a directory laid out as the official downloads are (countries.json,
/// officeholders/*.csv, geonames-cities15000.txt) and writes the derived tables into an output directory.
/// Files are written with LF line ends and no BOM so that a re-import of unchanged sources changes nothing.
/// </summary>
internal static class ReferenceImporter
{
    public const string CountriesSource = "countries.json";
    public const string OfficeholdersSource = "officeholders";
    public const string PlacesSource = "geonames-cities15000.txt";

    /// <summary>Imports what <paramref name="sourceDirectory"/> has; a missing source is reported, not thrown.</summary>
    public static ImportReport Run(string sourceDirectory, string outputDirectory)
    {
        var problems = new List<string>();
        var written = new List<string>();
        Directory.CreateDirectory(outputDirectory);

        List<Country>? countries = null;
        var countriesPath = Path.Combine(sourceDirectory, CountriesSource);
        if (File.Exists(countriesPath))
        {
            using (var json = File.OpenRead(countriesPath)) countries = CountryImporter.Read(json);
            WriteFile(outputDirectory, CountryImporter.FileName, w => CountryImporter.Write(countries, w), written);
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

        return new ImportReport(written, problems);
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
