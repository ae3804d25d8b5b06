namespace Pledgewatch.Web.Security;

/// <summary>What a user may do: viewers read (also when reading is closed), reviewers also write (ingest, review, edit), admins everything.</summary>
internal static class Roles
{
    public const string Viewer = "viewer";
    public const string Reviewer = "reviewer";
    public const string Admin = "admin";

    public static readonly IReadOnlyList<string> All = [Viewer, Reviewer, Admin];

    public static bool IsValid(string role) => All.Contains(role);
}
