namespace Pledgewatch.Web.Api;

/// <summary>A page of a list: its items, where it is, and how many there are in all.</summary>
internal sealed record ListResponse<T>(IReadOnlyList<T> Items, int Page, int PageSize, long Total);
