namespace Pledgewatch.Ledger.Ingest;

/// <summary>Hears about each document as a run goes: the CLI draws its progress bar and prints failures from here.</summary>
public interface IIngestObserver
{
    /// <summary>A document or input failed; <paramref name="message"/> is one line naming it and the reason.</summary>
    void Failed(string message);

    /// <summary>A document was ingested (or found unchanged).</summary>
    void Done(string source);
}
