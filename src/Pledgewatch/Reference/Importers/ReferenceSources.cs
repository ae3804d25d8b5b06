namespace Pledgewatch.Reference.Importers;

/// <summary>
/// The source files of <c>pledgewatch reference import</c>; a null path is a source not asked for. The CAMEO verb
/// dictionary and the CAMEO-to-PLOVER table go together.
/// </summary>
/// <param name="Official">A directory laid out as the official downloads (countries.json, officeholders/*.csv, geonames-cities15000.txt).</param>
/// <param name="Lexicon">npm en-lexicon's dist/lexicon.js.</param>
/// <param name="WordNet">A directory with WordNet 3.0's verb.exc, noun.exc, adj.exc, index.noun and data.noun.</param>
/// <param name="Cameo">PETRARCH2's CAMEO.2.0.txt.</param>
/// <param name="CameoPlover">CAMEO2PLOVER-2021.txt.</param>
/// <param name="Agents">PETRARCH2's Phoenix.agents.txt.</param>
/// <param name="ArmedGroups">PETRARCH2's Phoenix.MilNonState.actors.txt.</param>
internal sealed record ReferenceSources(
    string? Official = null,
    string? Lexicon = null,
    string? WordNet = null,
    string? Cameo = null,
    string? CameoPlover = null,
    string? Agents = null,
    string? ArmedGroups = null)
{
    public bool IsEmpty => Official is null && Lexicon is null && WordNet is null && Cameo is null && CameoPlover is null && Agents is null
        && ArmedGroups is null;

    /// <summary>What is wrong before anything is read: a named source that does not exist, or half of the CAMEO pair.</summary>
    public List<string> Check()
    {
        var errors = new List<string>();
        if (Official is not null && !Directory.Exists(Official)) errors.Add($"no such directory: {Official}");
        if (Lexicon is not null && !File.Exists(Lexicon)) errors.Add($"--lexicon: no such file: {Lexicon}");
        if (WordNet is not null)
        {
            if (!Directory.Exists(WordNet)) errors.Add($"--wordnet: no such directory: {WordNet}");
            else
            {
                foreach (var (file, _) in IrregularFormImporter.Lists)
                    if (!File.Exists(Path.Combine(WordNet, file))) errors.Add($"--wordnet: {file} not found in {WordNet}");
                // The people nouns are read from the noun index and synsets (PersonNounImporter).
                foreach (var file in (string[])[LexiconImporter.WordNetNounIndex, PersonNounImporter.DataFile])
                    if (!File.Exists(Path.Combine(WordNet, file))) errors.Add($"--wordnet: {file} not found in {WordNet}");
                // The lexicon takes WordNet's nouns and missing verb bases too (LexiconImporter.AddWordNetNouns, AddWordNetVerbs).
                if (Lexicon is not null && !File.Exists(Path.Combine(WordNet, LexiconImporter.WordNetVerbIndex)))
                    errors.Add($"--wordnet: {LexiconImporter.WordNetVerbIndex} not found in {WordNet}");
            }
        }
        if (Cameo is not null && !File.Exists(Cameo)) errors.Add($"--cameo: no such file: {Cameo}");
        if (CameoPlover is not null && !File.Exists(CameoPlover)) errors.Add($"--cameo-plover: no such file: {CameoPlover}");
        if ((Cameo is null) != (CameoPlover is null)) errors.Add("--cameo and --cameo-plover go together: the frames need both the dictionary and the mapping table");
        if (Agents is not null && !File.Exists(Agents)) errors.Add($"--agents: no such file: {Agents}");
        if (ArmedGroups is not null && !File.Exists(ArmedGroups)) errors.Add($"--armed-groups: no such file: {ArmedGroups}");
        return errors;
    }
}
