namespace Pledgewatch.Ledger;

/// <summary>The review states of an entry. Entries start as <see cref="Candidate"/>; nothing is ever deleted.</summary>
public static class EntryStatus
{
    public const string Candidate = "candidate";
    public const string Accepted = "accepted";
    public const string Rejected = "rejected";

    public static bool IsValid(string status) => status is Candidate or Accepted or Rejected;
}
