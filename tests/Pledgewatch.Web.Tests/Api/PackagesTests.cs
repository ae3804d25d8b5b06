using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Pledgewatch.Ledger.Storage;
using Pledgewatch.Records;
using Pledgewatch.Web.Tests.Support;

namespace Pledgewatch.Web.Tests.Api;

/// <summary>
/// Packages and their parts in the API and the pages (issue 9), over the seeded ledger plus Australia's package: entry 8
/// (95 m AUD) with parts 9 (50 m, military, weapons), 10 (2 m, military, equipment) and 11 (43 m, humanitarian, in kind).
/// </summary>
public sealed class PackagesTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    private const string Text = "Australia announced a further $95 million for Ukraine, of which $50 million for the NATO fund, $2 million for drones and $43 million of relief.";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static EventRecord Part(string id, decimal amount, string? partOf, string purpose, params string[] instruments) =>
        Some.Record("aus", "AGREE", "AUS", "UKR", "2026-02-02", amount, "AUD", "pledged", purpose, 0, Text.Length, Text) with
        {
            Id = id,
            Commitment = new Commitment { Amount = new Money(amount, "AUD", "as written"), Instruments = instruments, Purpose = purpose, Stage = "pledged", PartOf = partOf },
        };

    /// <summary>Ingests the package once per ledger (a document with the same text is never stored twice).</summary>
    private LedgerStore Ledger()
    {
        var store = app.Store;
        store.Ingest(new StoredDocument("aus", Text, "Australia's package", null, "test", null, "AUS", new DateOnly(2026, 2, 3)),
        [
            Part("e1", 95_000_000m, null, "military"),
            Part("e2", 50_000_000m, "e1", "military", "weapons"),
            Part("e3", 2_000_000m, "e1", "military", "equipment"),
            Part("e4", 43_000_000m, "e1", "humanitarian", "in_kind"),
        ], "seed");
        return store;
    }

    private async Task<string> Page(string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        Ledger();
        var response = await app.Client().GetAsync(path, Cancel);
        Assert.True(response.StatusCode == expected, $"{path}: {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync(Cancel);
    }

    [Fact]
    public async Task EntriesCarryParentPartsAndFlags()
    {
        Ledger();
        var package = await Json.Read(await app.Client().GetAsync("/api/v1/entries/8", Cancel));
        Assert.Null(package["parent"]);
        Assert.Equal([9L, 10L, 11L], package["parts"]!.AsArray().Select(p => p!.GetValue<long>()));
        Assert.Empty(package["flags"]!.AsArray());
        Assert.Equal(8, (await Json.Read(await app.Client().GetAsync("/api/v1/entries/10", Cancel)))["parent"]!.GetValue<long>());
        var csv = await (await app.Client().GetAsync("/api/v1/entries?format=csv&actor=AUS", Cancel)).Content.ReadAsStringAsync(Cancel);
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
        Assert.EndsWith(",updated_at,parent_id,amount_eur,dataset", lines[0]);
        var parent = Array.IndexOf(lines[0].Split(','), "parent_id");
        Assert.Equal(["", "8", "8", "8"], lines[1..].Select(l => l.Split(',')[parent]));
        Assert.All(lines[1..], l => Assert.EndsWith(",news", l));
    }

    [Fact]
    public async Task PackagePageShowsItsPartsAsATableWithAStackedBar()
    {
        var html = await Page("/entries/8");
        Assert.Contains("""<h2 id="h-package">Parts</h2>""", html);
        Assert.Contains("Entry 8 (95,000,000 AUD) and its parts", html);
        Assert.Contains("""<td><a href="/entries/9">#9</a></td>""", html);
        Assert.Contains("""<td class="num">52.6%</td>""", html);
        Assert.Contains("""<td colspan="5">Not in a part</td><td class="num">0%</td>""", html);
        Assert.Contains("""<svg class="chart" id="package-8" role="img" """, html);
        Assert.Contains("""<rect class="seg0" """, html);
        Assert.Contains("<title>#11 humanitarian: 45.3%</title>", html);
        Assert.Contains("""<ul class="legend" aria-label="Legend">""", html);
    }

    [Fact]
    public async Task PartPageShowsItsPackageAndItsSiblings()
    {
        var html = await Page("/entries/10");
        Assert.Contains("""<h2 id="h-package">Package</h2>""", html);
        Assert.Contains("""Part of <a href="/entries/8">entry 8</a>: totals and rankings count the package, not this part.""", html);
        Assert.Contains("""<tr class="current"><td><a href="/entries/10">#10</a>""", html);
        Assert.DoesNotContain("h-package", await Page("/entries/1"));
    }

    [Fact]
    public async Task RankingsCountThePackageOnceAndBreakItDownByItsParts()
    {
        Ledger();
        var plain = await Json.Read(await app.Client().GetAsync("/api/v1/rankings?limit=100", Cancel));
        var australia = plain["rows"]!.AsArray().Single(r => r!["actor"]!.GetValue<string>() == "AUS")!;
        Assert.Equal(1, australia["entries"]!.GetValue<long>());
        Assert.False(australia.AsObject().ContainsKey("breakdown"));

        var split = await Json.Read(await app.Client().GetAsync("/api/v1/rankings?limit=100&breakdown=purpose", Cancel));
        Assert.Contains("Split by the purpose of the packages' parts", split["basis"]!.GetValue<string>());
        var row = split["rows"]!.AsArray().Single(r => r!["actor"]!.GetValue<string>() == "AUS")!;
        Assert.Equal(australia["value"]!.GetValue<decimal>(), row["value"]!.GetValue<decimal>());
        var shares = row["breakdown"]!.AsArray().ToDictionary(s => s!["label"]!.GetValue<string>(), s => s!["value"]!.GetValue<decimal>());
        Assert.Equal(["military", "humanitarian"], shares.Keys);
        Assert.Equal(row["value"]!.GetValue<decimal>(), shares.Values.Sum(), 0);
        Assert.Equal(52m / 43m, Math.Round(shares["military"] / shares["humanitarian"], 12), 9);

        var csv = await (await app.Client().GetAsync("/api/v1/rankings?format=csv&breakdown=instrument&limit=100", Cancel)).Content.ReadAsStringAsync(Cancel);
        Assert.StartsWith("rank,actor,name,value,unit,entries,basis,breakdown,breakdown_value", csv);
        Assert.Equal(3, csv.Split('\n').Count(l => l.Contains(",AUS,", StringComparison.Ordinal)));

        await Json.Problem(await app.Client().GetAsync("/api/v1/rankings?breakdown=donor", Cancel), HttpStatusCode.BadRequest);
        var count = await Json.Problem(await app.Client().GetAsync("/api/v1/rankings?by=count&breakdown=purpose", Cancel), HttpStatusCode.BadRequest);
        Assert.Contains("a count has no breakdown", count["errors"]!["breakdown"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task OverviewRankingChartStacksByPurpose()
    {
        var html = await Page("/?stack=purpose");
        Assert.Contains("""<ul class="legend" aria-label="Legend">""", html);
        Assert.Matches("""<li><svg viewBox="0 0 10 10" aria-hidden="true"><rect class="seg\d" width="10" height="10"></rect></svg> recovery</li>""", html);
        Assert.Matches("""<rect class="seg\d" x="[\d.]+" y="[\d.]+" width="[\d.]+" height="20"><title>humanitarian: [\d.]+ (?:bn |m )?EUR</title></rect>""", html);
        Assert.Contains("""<a href="/">Plain bars</a>""", html);
        Assert.DoesNotContain("legend", await Page("/"));
        await Page("/?stack=donor", HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task ReviewersAttachAndDetachThroughTheApi()
    {
        Ledger();
        Assert.Equal(HttpStatusCode.Forbidden, (await app.Client("viewer").PostAsJsonAsync("/api/v1/entries/3/attach", new { package = 4 }, Cancel)).StatusCode);
        var attached = await Json.Read(await app.Client("reviewer").PostAsJsonAsync("/api/v1/entries/3/attach", new { package = 4 }, Cancel));
        Assert.Equal(4, attached["parent"]!.GetValue<long>());
        var loop = await Json.Problem(await app.Client("reviewer").PostAsJsonAsync("/api/v1/entries/4/attach", new { package = 3 }, Cancel), HttpStatusCode.Conflict);
        Assert.Contains("would make a loop", loop["detail"]!.GetValue<string>());
        var detached = await Json.Read(await app.Client("admin").PostAsync("/api/v1/entries/3/detach", null, Cancel));
        Assert.Null(detached["parent"]);
        var history = await Json.Read(await app.Client().GetAsync("/api/v1/entries/3/history", Cancel));
        Assert.Equal(["attach", "detach"], history["audit"]!.AsArray().Select(a => a!["action"]!.GetValue<string>()).Where(a => a is "attach" or "detach"));
        Assert.Equal([null, 4L, null], history["revisions"]!.AsArray().Select(r => r!["parent_id"]?.GetValue<long>()));
    }
}
