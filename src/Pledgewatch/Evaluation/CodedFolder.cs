using Pledgewatch.Records;

namespace Pledgewatch.Evaluation;

/// <summary>A gold folder coded by <c>pledgewatch eval</c>: its name (the folder's own name, "dev"), its records and their score.</summary>
internal sealed record CodedFolder(string Name, string Path, IReadOnlyList<EventRecord> Records, CorpusScore Score);
