using Pledgewatch.Ledger.Ingest;

namespace Pledgewatch.Ledger.Benchmarks;

/// <summary>Counts nothing and prints failures only.</summary>
internal sealed class QuietObserver : IIngestObserver
{
    public void Failed(string message) => Console.Error.WriteLine(message);

    public void Done(string source) { }
}
