using System.Net;
using System.Net.Http.Json;
using Pledgewatch.Web.Tests.Support;

namespace Pledgewatch.Web.Tests.Api;

/// <summary>Review through the API: each test changes its own entries, so none depends on another's writes.</summary>
public sealed class EntryReviewApiTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AcceptAsReviewerIsInTheAuditLogWithItsAuthor()
    {
        var json = await Json.Read(await app.Client("reviewer").PostAsync("/api/v1/entries/3/accept", null, Cancel));
        Assert.Equal("accepted", json["status"]!.GetValue<string>());
        var history = await Json.Read(await app.Client().GetAsync("/api/v1/entries/3/history", Cancel));
        var last = history["audit"]!.AsArray()[^1]!;
        Assert.Equal(("reviewer-user", "accepted"), (last["who"]!.GetValue<string>(), last["action"]!.GetValue<string>()));
        // Before and after as objects, and the change in words.
        Assert.Equal("candidate", last["before"]!["status"]!.GetValue<string>());
        var change = Assert.Single(last["changes"]!.AsArray())!;
        Assert.Equal(("status", "candidate", "accepted"), (change["field"]!.GetValue<string>(), change["before"]!.GetValue<string>(), change["after"]!.GetValue<string>()));
    }

    [Fact]
    public async Task RejectAsAdminWorks()
    {
        var json = await Json.Read(await app.Client("admin").PostAsync("/api/v1/entries/6/reject", null, Cancel));
        Assert.Equal("rejected", json["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task EditChangesTheFieldsInANewRevision()
    {
        var json = await Json.Read(await app.Client("reviewer").PatchAsJsonAsync("/api/v1/entries/5", new Dictionary<string, string> { ["stage"] = "committed", ["amount"] = "600000000" }, Cancel));
        Assert.Equal("committed", json["commitment"]!["stage"]!.GetValue<string>());
        Assert.Equal(600_000_000m, json["commitment"]!["amount"]!["value"]!.GetValue<decimal>());
        Assert.Equal(2, json["revision"]!.GetValue<int>());
    }

    [Fact]
    public async Task MergeThenSplitMovesTheSourceAndBack()
    {
        // Entry 7 is a meeting, entry 4 a commitment: merging them needs force, and the refusal says why.
        var across = await Json.Problem(await app.Client("reviewer").PostAsJsonAsync("/api/v1/entries/4/merge", new { from = 7 }, Cancel), HttpStatusCode.Conflict);
        Assert.StartsWith("entry 7 is a meeting (CONSULT) and entry 4 is a commitment (AGREE): different kinds of event", across["detail"]!.GetValue<string>());
        var merged = await Json.Read(await app.Client("reviewer").PostAsJsonAsync("/api/v1/entries/4/merge", new { from = 7, force = true }, Cancel));
        Assert.Equal(2, merged["sources"]!.AsArray().Count);
        var refused = await app.Client("reviewer").PostAsJsonAsync("/api/v1/entries/4/merge", new { from = 7, force = true }, Cancel);
        await Json.Problem(refused, HttpStatusCode.Conflict);
        var source = merged["sources"]![1]!["id"]!.GetValue<long>();
        var split = await Json.Read(await app.Client("reviewer").PostAsJsonAsync("/api/v1/entries/4/split", new { source }, Cancel));
        Assert.Single(split["sources"]!.AsArray());
        Assert.Equal(source, split["sources"]![0]!["id"]!.GetValue<long>());
    }
}
