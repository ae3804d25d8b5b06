namespace Pledgewatch.Ledger.Storage;

/// <summary>What <see cref="LedgerStore.Totals"/> groups entries by. Actor and Recipient group by the joined codes ("CAN+FRA").</summary>
public enum EntryGroup
{
    Type,
    Status,
    Actor,
    Recipient,
    Currency,
    /// <summary>The month the entry's date range starts in, "YYYY-MM".</summary>
    Month,
    /// <summary>Actor and currency together, "CAN|EUR": raw amounts are only summed within one currency.</summary>
    ActorCurrency,
}
