namespace Pledgewatch.Reference.Importers;

/// <summary>
/// The EVENTS.md sector (GOV MIL LEG JUD EDU MED NGO BUS CVL) of each primary CAMEO agent code, decided from the
/// PLOVER manual's sector table (PLOVER_MANUAL.tex, "Sector Codes" and its notes). Agents with no sector of their own
/// in EVENTS.md go to the nearest one; armed groups outside the state get none, because EVENTS.md's MIL is the
/// state's armed forces (the manual keeps REB, UAF apart from MIL and its military context "only pertains to state
/// militaries"), and CVL is for unarmed people. The table is written into the data file's header.
/// </summary>
internal static class AgentSectors
{
    /// <summary>Primary agent code → (sector, why); sector "" = none.</summary>
    public static readonly IReadOnlyList<(string Agent, string Sector, string Why)> Table =
    [
        ("GOV", "GOV", "government, executive"),
        ("COP", "GOV", "police: an executive agency (PLOVER COP; EVENTS.md has no police sector)"),
        ("SPY", "GOV", "state intelligence services (PLOVER SPY)"),
        ("MIL", "MIL", "state armed forces"),
        ("LEG", "LEG", "legislature"),
        ("JUD", "JUD", "courts, judges, prosecutors"),
        ("EDU", "EDU", "education, students"),
        ("MED", "MED", "media (CAMEO MED; PLOVER renamed it JRN, EVENTS.md keeps MED)"),
        ("NGO", "NGO", "non-governmental organisations"),
        ("HRI", "NGO", "human-rights groups"),
        ("ENV", "NGO", "environmental groups"),
        ("BUS", "BUS", "business"),
        ("CVL", "CVL", "civilians"),
        ("OPP", "CVL", "opposition activists (PLOVER CVL: protesters, activists)"),
        ("LAB", "CVL", "labour, unions"),
        ("AGR", "CVL", "farmers, peasants"),
        ("REF", "CVL", "refugees, displaced people"),
        ("PPL", "CVL", "people"),
        ("HLH", "CVL", "health workers (CAMEO HLH, PLOVER MED; EVENTS.md's MED is media)"),
        ("ELI", "CVL", "former officials and elites, out of office"),
        ("REL", "CVL", "religious people and bodies"),
        ("CHR", "CVL", "Christian"),
        ("MUS", "CVL", "Muslim"),
        ("JEW", "CVL", "Jewish"),
        ("BUD", "CVL", "Buddhist"),
        ("HIN", "CVL", "Hindu"),
        ("PTY", "", "political parties: GOV or opposition depends on the party (PLOVER note 1)"),
        ("REB", "", "rebels, armed opposition: not the state's MIL (PLOVER REB)"),
        ("UAF", "", "unidentified armed forces"),
        ("CRM", "", "criminals"),
        ("RAD", "", "radicals, extremists"),
        ("IMG", "", "international militant groups"),
        ("IGO", "", "international bodies: their own code says who they are"),
    ];

    private static readonly Dictionary<string, string> ByAgent = Table.ToDictionary(t => t.Agent, t => t.Sector, StringComparer.Ordinal);

    /// <summary>The sector of a code's primary agent (its first three letters); false when the agent is not in the table.</summary>
    public static bool TryGet(string code, out string sector)
    {
        sector = "";
        return code.Length >= 3 && ByAgent.TryGetValue(code[..3], out sector!);
    }
}
