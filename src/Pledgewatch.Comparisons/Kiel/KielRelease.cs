using Pledgewatch.Comparisons.Storage;
using Pledgewatch.Ledger;

namespace Pledgewatch.Comparisons.Kiel;

/// <summary>One release of the tracker as ledger entries, with the donors' GDP baselines (ISO3 or body code → GDP).</summary>
/// <param name="DocPrefix">What the source document ids of this release start with ("kiel-ust-r29/").</param>
internal sealed record KielRelease(string DocPrefix, string Label, IReadOnlyList<(EntryFields Fields, EntrySource Source)> Entries, IReadOnlyDictionary<string, GdpBaseline> Baselines);
