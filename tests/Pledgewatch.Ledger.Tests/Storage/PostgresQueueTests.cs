using Pledgewatch.Ledger.Storage.Postgres;
using Pledgewatch.Ledger.Tests.Support;

namespace Pledgewatch.Ledger.Tests.Storage;

/// <summary>The shared work queue (PostgreSQL only): sources are queued many to a statement, and still in the order given.</summary>
public sealed class PostgresQueueTests
{
    [Fact]
    public void SourcesAreQueuedOnceEachInTheOrderGivenAcrossStatements()
    {
        using var db = new PostgresDatabase();
        var store = (PostgresLedgerStore)db.Open();
        // More than one statement's 500, in no sorted order, with repeats inside one statement and across two.
        var sources = Enumerable.Range(0, 1_210).Select(i => $"report-{i * 7_919 % 1_201:D4}.txt").ToList();
        sources.Insert(10, sources[3]);

        store.Enqueue(sources, store.DatabaseNow());

        var claimed = new List<string>();
        while (store.ClaimMany("test", 100) is { Count: > 0 } some) claimed.AddRange(some);
        Assert.Equal(sources.Distinct(), claimed);
    }
}
