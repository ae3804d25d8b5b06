using System.Net;
using Pledgewatch.Ledger;
using Pledgewatch.Records;
using Pledgewatch.Web.Tests.Support;

namespace Pledgewatch.Web.Tests.Datasets;

/// <summary>
/// Datasets on the API and the pages (issue 10): one at a time, the coded news unless <c>dataset=</c> says otherwise;
/// <c>all</c> counts a commitment in an import and in the news once. Beside <see cref="Some.Seed"/>, the tracker
/// ("kiel") has Canada's 2.5 bn CAD pledge (the news' entry 1, the same commitment) and 3 bn EUR from the United
/// Kingdom; another import ("other") has one candidate.
/// </summary>
public sealed class DatasetsTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>Adds the imported entries; importing them again changes nothing, so every test may call it.</summary>
    private void Imports()
    {
        static LedgerEntry Entry(long id, string dataset, string status, string actor, string date, decimal amount, string currency) =>
            new(id, status, EntryFields.From(Some.Record($"{dataset}-{actor}", "AGREE", actor, "UKR", date, amount, currency, "committed", "financial")),
                [new EntrySource(0, $"{dataset}-{actor}", null, null, null, new Evidence(0, 0, 0, "A row of the tracker."), "import")])
            { Dataset = dataset };
        foreach (var e in new[]
        {
            Entry(100, "kiel", EntryStatus.Accepted, "CAN", "2025-12-27", 2_500_000_000m, "CAD"),
            Entry(101, "kiel", EntryStatus.Accepted, "GBR", "2025-11-01", 3_000_000_000m, "EUR"),
            Entry(102, "other", EntryStatus.Candidate, "POL", "2025-11-01", 100_000_000m, "EUR"),
        })
        {
            var result = app.Store.Import(e, "test");
            Assert.True(result.Error is null, result.Error);
        }
    }

    private async Task<Dictionary<string, decimal>> Ranking(string dataset)
    {
        var json = await Json.Read(await app.Client().GetAsync($"/api/v1/rankings?dataset={dataset}&limit=100", Cancel));
        return json["rows"]!.AsArray().ToDictionary(r => r!["actor"]!.GetValue<string>(), r => r!["value"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task EachDatasetRanksItsOwnFiguresAndAllCountsTheSharedCommitmentOnce()
    {
        Imports();
        var news = await Ranking("news");
        var kiel = await Ranking("kiel");
        var all = await Ranking("all");

        Assert.Equal(["CAN", "DEU", "FRA"], news.Keys.Order());
        Assert.Equal(["CAN", "GBR"], kiel.Keys.Order());
        Assert.Equal(news, await Ranking(""));
        Assert.Equal(["CAN", "DEU", "FRA", "GBR", "POL"], all.Keys.Order());
        Assert.Equal(news["CAN"], all["CAN"]);
        Assert.Equal(kiel["CAN"], all["CAN"]);
        Assert.Equal((news["DEU"], kiel["GBR"]), (all["DEU"], all["GBR"]));

        var coded = await Json.Read(await app.Client().GetAsync("/api/v1/entries/1", Cancel));
        Assert.Equal(100, coded["same_as"]!.GetValue<long>());
        var imported = await Json.Read(await app.Client().GetAsync("/api/v1/entries/100", Cancel));
        Assert.Equal([1L], imported["same_commitment"]!.AsArray().Select(x => x!.GetValue<long>()));
        Assert.Equal("kiel", imported["dataset"]!.GetValue<string>());
    }

    [Fact]
    public async Task ListsReadTheNewsUnlessAskedAndAnUnreadableDatasetIsA400()
    {
        Imports();
        Assert.Equal(7, (await Json.Read(await app.Client().GetAsync("/api/v1/entries", Cancel)))["total"]!.GetValue<long>());
        Assert.Equal(2, (await Json.Read(await app.Client().GetAsync("/api/v1/entries?dataset=kiel", Cancel)))["total"]!.GetValue<long>());
        // The combined view lists the shared commitment once, as the import's entry.
        var all = await Json.Read(await app.Client().GetAsync("/api/v1/entries?dataset=all&actor=CAN&type=AGREE", Cancel));
        Assert.Equal([100L], all["items"]!.AsArray().Select(e => e!["id"]!.GetValue<long>()));

        var bad = await Json.Problem(await app.Client().GetAsync("/api/v1/entries?dataset=Not%20A%20Name", Cancel), HttpStatusCode.BadRequest);
        Assert.NotNull(bad["errors"]!["dataset"]);
        await Json.Problem(await app.Client().GetAsync("/api/v1/rankings?dataset=Not%20A%20Name", Cancel), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task PagesSwitchDatasetAndImportsStayOutOfTheReviewQueue()
    {
        Imports();
        var overview = await (await app.Client().GetAsync("/?dataset=kiel", Cancel)).Content.ReadAsStringAsync(Cancel);
        Assert.Contains("""<option value="kiel" selected>Kiel tracker</option>""", overview);
        Assert.Contains("""<title id="ranking-title">Support, EUR, 2025, Kiel tracker</title>""", overview);
        Assert.Contains("""<a href="/?dataset=other">other</a>""", overview);

        var searchNews = await (await app.Client().GetAsync("/search?actor=GBR", Cancel)).Content.ReadAsStringAsync(Cancel);
        Assert.Contains("No entry matches.", searchNews);
        var searchKiel = await (await app.Client().GetAsync("/search?actor=GBR&dataset=kiel", Cancel)).Content.ReadAsStringAsync(Cancel);
        Assert.Contains("""<caption class="note">1 entry matches</caption>""", searchKiel);
        Assert.Contains("""<option value="kiel" selected>Kiel tracker</option>""", searchKiel);

        var queue = await (await app.Client().GetAsync("/review", Cancel)).Content.ReadAsStringAsync(Cancel);
        Assert.Contains("id=\"c-1\"", queue);
        Assert.DoesNotContain("id=\"c-102\"", queue);
        var other = await (await app.Client().GetAsync("/review?dataset=other", Cancel)).Content.ReadAsStringAsync(Cancel);
        Assert.Contains("id=\"c-102\"", other);
    }
}
