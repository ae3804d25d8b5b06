namespace Pledgewatch.Reference.Importers;

/// <summary>
/// Forms of the militant-groups dictionary that the importer leaves out although they pass its rules, each with its
/// reason: phrases that news text uses for something else, and codings the dictionary (TOPS data of 2013) has
/// outlived. The table is written into the data file's header; a form is compared by <see cref="ArmedGroupChecks.Fold"/>
/// (so "Peoples" and "People's" are one row).
/// </summary>
internal static class ArmedGroupStopList
{
    public static readonly IReadOnlyList<(string Phrase, string Why)> Table =
    [
        // Names news text gives to something else.
        ("AUC", "also the African Union Commission; Colombia's AUC disbanded in 2006 and keeps its full name"),
        ("Bersatu", "Malaysia's party Parti Pribumi Bersatu in news; the Thai front keeps its full name"),
        ("Black Friday", "the shopping day"),
        ("EPA", "the US Environmental Protection Agency far more often than Venezuela's Ejército del Pueblo en Armas"),
        ("ETA", "an estimated time of arrival; the Basque ETA (disbanded 2018) keeps its full names"),
        ("la Liga", "Spain's football league; the Mexican Liga 23 de Septiembre keeps its full name"),
        ("MCC", "the US Millennium Challenge Corporation in news on aid; India's Maoist Communist Centre keeps its full name"),
        ("New Order", "Indonesia's Suharto era and a band more often than a US militia"),
        ("Red Banner", "the Soviet Order of the Red Banner"),
        ("Red Flag", "the US Air Force's exercise and China's party journal"),
        ("Red Line", "a red line, capitalised in headlines"),
        ("Shahin", "a common given name and surname (Turkish Şahin); the Iranian group is obscure"),
        ("Triple A", "the credit rating"),
        ("Yahweh", "the name of God in the Hebrew Bible; the group is the Nation of Yahweh"),
        // Descriptions that name movements and parties of many countries.
        ("Counter Revolutionaries", "a description; the dictionary's Nicaraguan Contras keep their name"),
        ("International Solidarity", "the start of other names (International Solidarity Movement)"),
        ("Islamic Party", "parties of many countries (Iraqi Islamic Party, Malaysian Islamic Party)"),
        ("Islamic Resistance", "movements of many countries (Islamic Resistance in Iraq, Hamas's Islamic Resistance Movement)"),
        ("Islamic Society", "associations of many countries"),
        ("National Front", "parties of many countries (France's National Front); the dictionary's is Greek"),
        ("National Liberation Movement", "movements of many countries"),
        ("National Resistance", "movements of many countries"),
        ("Palestinian Resistance", "a description of Palestinian armed groups, not the French group the dictionary codes"),
        ("People's War", "a doctrine (Mao's people's war) more often than India's People's War Group"),
        ("Revolutionary Army", "the end of many names; the dictionary's is a Japanese group"),
        ("Revolutionary Socialists", "parties of many countries (Egypt's, Britain's)"),
        ("Syrian Mujahideen", "a description of fighters in Syria, not the Belgian group the dictionary codes"),
        ("United National Front", "coalitions of many countries (Sri Lanka's)"),
        // Codings the dictionary has outlived.
        ("Islamic Jihad", "in news since the 1990s Palestinian Islamic Jihad (PSE); the dictionary has it as a 1980s name of Hezbollah (LBN)"),
        ("Sudan People's Liberation Army", "South Sudan's army since 2011 (SSD), no longer a rebel movement of Sudan (the dictionary's SDN)"),
        ("Sudan People's Liberation Movement", "South Sudan's governing party since 2011 (SSD); the dictionary codes SDN"),
        ("Waffen SS", "Nazi Germany's armed SS, which the dictionary codes LVA"),
    ];

    private static readonly Dictionary<string, string> ByKey =
        Table.ToDictionary(t => ArmedGroupChecks.Fold(t.Phrase), t => t.Why, StringComparer.Ordinal);

    /// <summary>True when <paramref name="phrase"/> is on the list.</summary>
    public static bool Contains(string phrase) => ByKey.ContainsKey(ArmedGroupChecks.Fold(phrase));
}
