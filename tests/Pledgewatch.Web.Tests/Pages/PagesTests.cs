using System.Net;
using System.Text.RegularExpressions;
using Pledgewatch.Web.Tests.Support;

namespace Pledgewatch.Web.Tests.Pages;

public sealed partial class PagesTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<string> Page(string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await app.Client().GetAsync(path, Cancel);
        var html = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.StatusCode == expected, $"{path}: {(int)response.StatusCode}");
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return html;
    }

    [Fact]
    public async Task OverviewHasAccessibleSvgCharts()
    {
        var html = await Page("/");
        Assert.Equal(3, SvgCharts().Count(html));
        Assert.Contains("""<title id="ranking-title">Support, EUR, 2025–2026, coded news</title>""", html);
        Assert.Contains("""<a href="/actors/DEU" aria-label="Germany: 3.0 bn EUR">""", html);
        Assert.Contains("7</strong> entries", html);
    }

    [Fact]
    public async Task OverviewFilters()
    {
        var html = await Page("/?recipient=UKR&stage=pledged");
        Assert.Contains("2</strong> entries", html);
        Assert.Contains("""<option value="pledged" selected>""", html);
        await Page("/?from=someday", HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task EntryPageMarksTheEvidenceInItsDocumentAndShowsHistory()
    {
        var html = await Page("/entries/3");
        Assert.Contains("<mark>Germany delivered EUR 1 billion.</mark> Germany committed", html);
        Assert.Contains("""<td data-label="Who">seed</td><td data-label="Action">create</td><td data-label="Changes">opened as candidate</td>""", html);
        await Page("/entries/999", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ActorPageListsCommitmentsSanctionsAndMeetings()
    {
        var html = await Page("/actors/FRA");
        Assert.Contains("<title>France (FRA) · Pledgewatch</title>", html);
        Assert.Contains("Commitments by France", html);
        Assert.Contains("""<caption class="note">1 meeting</caption>""", html);
        Assert.Contains("France imposed no sanction in the coded news.", html);
        Assert.Contains("France imposed no sanction under these filters. <a href=\"?\">Clear the filters</a>", await Page("/actors/FRA?stage=pledged"));
        Assert.Contains("/feed.atom?actor=FRA", html);
    }

    [Fact]
    public async Task ActorPageShowsRanksPerCapitaAndByShareOfGdp()
    {
        // Canada is second by total EUR but first per person and as share of GDP (seeded 2.5bn CAD against Germany's 3bn EUR).
        var html = await Page("/actors/CAN");
        Assert.Contains("""<th scope="row">Total</th><td class="num" data-label="Rank">2nd of 3</td>""", html);
        Assert.Contains("""<th scope="row">Per capita</th><td class="num" data-label="Rank">1st of 3</td><td class="num" data-label="Value">37.5 EUR per person</td>""", html);
        Assert.Contains("""<th scope="row">Share of GDP</th><td class="num" data-label="Rank">1st of 3</td><td class="num" data-label="Value">0.078% of GDP</td>""", html);
        Assert.DoesNotContain("not ranked", html);
    }

    [Fact]
    public async Task ActorPageSaysWhyAnActorWithoutContributionsIsNotRanked()
    {
        var html = await Page("/actors/UKR");
        Assert.Contains("not ranked", html);
        Assert.Contains("no quantified contributions under these filters", html);
    }

    [Fact]
    public async Task DocumentsAndADocumentWithItsEvidenceMarked()
    {
        Assert.Contains("Brussels summit", await Page("/documents"));
        var html = await Page("/documents/2");
        Assert.Contains("<mark>The EU sanctioned Rosneft.</mark>", html);
    }

    [Fact]
    public async Task ReviewQueueHasShortcutsAndSignInPrompt()
    {
        var html = await Page("/review");
        Assert.Contains("data-candidate", html);
        Assert.Contains("<kbd>a</kbd> accept", html);
        Assert.Contains("Sign in</a> as a reviewer", html);
    }

    [Fact]
    public async Task SearchFindsEntriesDocumentsAndActors()
    {
        var html = await Page("/search?q=rosneft");
        Assert.Contains("1 entry matches", html);
        var docs = await Page("/search?q=halifax");
        Assert.Contains("/documents/1", docs);
    }

    [Fact]
    public async Task OutputIsEncoded()
    {
        var html = await Page("/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        Assert.DoesNotContain("<script>alert(1)</script>", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
    }

    [Fact]
    public async Task ApiPageRendersTheOpenApiDocumentWithoutScript()
    {
        var html = await Page("/api");
        Assert.DoesNotContain("apidocs.js", html);
        Assert.Contains("""<h3 id="post--api-v1-entries--id--merge"><code>POST /api/v1/entries/{id}/merge</code></h3>""", html);
        Assert.Contains("or signed in with the X-CSRF-TOKEN header from this site", html);
        Assert.Contains("""<td data-label="Parameter"><code>pageSize</code></td>""", html);
        Assert.Contains("Too many requests from this account or address; Retry-After gives the seconds to wait.", html);
        Assert.Contains("Fields: from, force.", html);
    }

    [Fact]
    public async Task FeedIsAtomOfAcceptedEntriesFilteredLikeThePages()
    {
        Assert.True(app.Store.SetStatus(5, "accepted", "feed-test").Error is null);
        Assert.True(app.Store.SetStatus(6, "accepted", "feed-test").Error is null);
        var response = await app.Client().GetAsync("/feed.atom?actor=FRA", Cancel);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        var xml = System.Xml.Linq.XDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        System.Xml.Linq.XNamespace atom = "http://www.w3.org/2005/Atom";
        var ids = xml.Root!.Elements(atom + "entry").Select(e => e.Element(atom + "id")!.Value).ToList();
        Assert.Equal(["http://localhost/entries/5"], ids);
    }

    [GeneratedRegex("""<svg class="chart" id="[a-z-]+" role="img" aria-labelledby=""")]
    private static partial Regex SvgCharts();
}
