using Pledgewatch.Comparisons.Kiel;
using Pledgewatch.Comparisons.Reference;
using Pledgewatch.Comparisons.Storage;
using Pledgewatch.Ledger;

namespace Pledgewatch.Cli.Commands;

/// <summary>
/// <c>pledgewatch import kiel DIR [--db]</c>: the Kiel tracker's monthly allocations as accepted ledger entries of the
/// dataset <c>kiel</c> (document ids <c>kiel-ust-r…/</c>, never de-duplicated against coded reports; rank and claim
/// take <c>--dataset kiel</c>), and its GDP figures as that dataset's baseline. Importing the same release again adds nothing.
/// </summary>
internal static class ImportKiel
{
    public static int Run(string directory, string? db, string who)
    {
        if (!File.Exists(Path.Combine(directory, KielImporter.DataFile)))
            throw new CliError($"{directory}: no {KielImporter.DataFile} (the Kiel tracker's data explorer file) there", ExitCodes.Usage);
        var problems = new List<string>();
        var release = KielImporter.Read(directory, problems);
        var ledger = LedgerAccess.Open(db);
        var store = new ComparisonStore(ledger, ComparisonReference.Default);
        store.SaveBaselines(DatasetSources.Kiel, release.Baselines);
        var (added, present) = ledger.AddDatasetEntries(release.DocPrefix, release.Entries, EntryStatus.Accepted, who, DatasetSources.Kiel);
        foreach (var p in problems) Console.Error.WriteLine($"pledgewatch: {p}");
        Console.WriteLine($"{release.Label}: imported {added} entries ({present} present already) into the dataset 'kiel', GDP baselines for {release.Baselines.Count} donors; rank and claim read it with --dataset kiel");
        return problems.Count == 0 ? ExitCodes.Success : ExitCodes.Failure;
    }
}
