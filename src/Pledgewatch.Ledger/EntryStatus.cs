namespace Pledgewatch.Ledger;

/// <summary>The review states of an entry. Entries start as <see cref="Candidate"/>; nothing is ever deleted.</summary>
public static class EntryStatus
{
    public const string Candidate = "candidate";
    public const string Accepted = "accepted";
    public const string Rejected = "rejected";

    /// <summary>
    /// Set by <c>pledgewatch recode</c>, never by a reviewer: every record behind the entry stopped coming out of the
    /// coder. The entry is kept, with its history, for review (accept it to keep it counted, or reject it).
    /// </summary>
    public const string Orphaned = "orphaned";

    /// <summary>Every status an entry may have, for filters and imports.</summary>
    public static bool IsValid(string status) => status is Candidate or Accepted or Rejected or Orphaned;

    /// <summary>The statuses a reviewer sets.</summary>
    public static bool IsReviewStatus(string status) => status is Candidate or Accepted or Rejected;
}
