using Pledgewatch.Ledger.Storage;

namespace Pledgewatch.Ledger.Tests.Support;

/// <summary>A fresh, empty ledger database for one test; disposing it drops it. Subclasses skip when their database is not available.</summary>
public abstract class TestDatabase : IDisposable
{
    /// <summary>What <c>--db</c> takes to reach this database (a file path or a connection string).</summary>
    public abstract string Db { get; }

    public DatabaseTarget Target => DatabaseTarget.Parse(Db);

    public LedgerStore Open(int? upToVersion = null, TimeProvider? clock = null) => LedgerStore.Open(Target, clock, upToVersion);

    public abstract void Dispose();
}
