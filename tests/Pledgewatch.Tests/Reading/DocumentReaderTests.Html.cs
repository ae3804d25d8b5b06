using Pledgewatch.Reading;

namespace Pledgewatch.Tests.Reading;

public sealed partial class DocumentReaderTests
{
    private const string Furniture =
        "<header class='site'><a href='/'>Daily Ledger</a><nav><a>World</a><a>Business</a></nav></header>"
        + "<script>var tracking = 'Top story of the day.';</script><style>p { color: red }</style>";

    private const string Footer =
        "<footer><p>Copyright Daily Ledger. All rights reserved.</p></footer><noscript>Enable scripts.</noscript>";

    [Fact]
    public void HtmlKeepsOnlyTheArticleText()
    {
        var document = Some.ReadHtml(
            Furniture
            + "<article><h1>Estonia  doubles\n aid</h1><p>TALLINN — Estonia will double\n   its aid, the   minister said.</p>"
            + "<p>The first shipment leaves <b>next</b> week.</p></article>"
            + "<aside><p>Most read: a recipe for soup.</p></aside>" + Footer);

        Assert.Equal(
            "Estonia doubles aid\n\nTALLINN — Estonia will double its aid, the minister said.\n\nThe first shipment leaves next week.",
            document.Text);
        Assert.Equal("Estonia doubles aid", document.Title);
        Assert.Equal("TALLINN", document.Dateline);
    }

    [Fact]
    public void HtmlCookieSubscribeAndShareBlocksAreDropped()
    {
        var document = Some.ReadHtml(
            "<article><p>Latvia signed the accord.</p>"
            + "<div class='share-buttons'><p>Share on social media now</p></div>"
            + "<div id='newsletterSignup'><p>Get our morning briefing every day.</p></div>"
            + "<div class='cookie-banner'><p>This site stores data on your device.</p></div>"
            + "<div role='navigation'><p>Next article in this series.</p></div>"
            + "<p>Subscribe for unlimited access.</p>"
            + "<div class='ad-free-article'><p>It takes effect in May.</p></div></article>");

        Assert.Equal("Latvia signed the accord.\n\nIt takes effect in May.", document.Text);
    }

    [Fact]
    public void HtmlBlocksBecomeParagraphsAndLineBreaksStay()
    {
        var document = Some.ReadHtml(
            "<main><h2>Key points</h2><ul><li>Two radars</li><li>Spare   parts</li></ul>"
            + "<blockquote>We are grateful.</blockquote><div>Loose text in a div.</div>"
            + "<p>Office of the Minister<br>  Vilnius</p></main>");

        Assert.Equal(
            "Key points\n\nTwo radars\n\nSpare parts\n\nWe are grateful.\n\nLoose text in a div.\n\nOffice of the Minister\nVilnius",
            document.Text);
    }

    [Fact]
    public void HtmlPrefersTheLargestArticleOverMain()
    {
        var document = Some.ReadHtml(
            "<main><p>Main wrapper text.</p><article><p>Short teaser.</p></article>"
            + "<article><p>The full story is this longer paragraph about the loan.</p></article></main>");

        Assert.Equal("The full story is this longer paragraph about the loan.", document.Text);
    }

    [Fact]
    public void HtmlWithoutArticleOrMainUsesTheElementWithMostParagraphText()
    {
        var document = Some.ReadHtml(
            "<div class='teasers'><p>One teaser.</p></div>"
            + "<div class='story'><p>The council met on Monday.</p><p>It approved the budget for the year.</p></div>");

        Assert.Equal("The council met on Monday.\n\nIt approved the budget for the year.", document.Text);
    }

    [Fact]
    public void HtmlTitleFallsBackToTheTitleElement()
    {
        var document = Some.ReadHtml("<article><p>No headline here.</p></article>");

        Assert.Equal("Site | Page", document.Title);
    }

    [Theory]
    [InlineData("<meta property='article:published_time' content='2024-05-06T08:30:00Z'>")]
    [InlineData("<meta name='date' content='2024-05-06'>")]
    [InlineData("<meta name='pubdate' content='May 6, 2024'>")]
    [InlineData("<meta name='publish-date' content='6 May 2024'>")]
    [InlineData("<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-05-06T10:00:00+02:00\"}</script>")]
    [InlineData("<script type='application/ld+json'>{\"@graph\":[{\"@type\":\"WebPage\"},{\"datePublished\":\"2024-05-06\"}]}</script>")]
    public void HtmlMetadataGivesThePublicationDate(string head)
    {
        var document = Some.ReadHtml("<article><p>Aid was sent.</p></article>", head);

        Assert.Equal(new DateOnly(2024, 5, 6), document.Published);
    }

    [Fact]
    public void HtmlTimeElementInTheArticleGivesThePublicationDate()
    {
        var document = Some.ReadHtml(
            "<time datetime='2020-01-01'>Site founded</time>"
            + "<article><header><h1>Aid sent</h1><time datetime='2024-05-06T09:00'>6 May</time></header><p>Aid was sent.</p></article>");

        Assert.Equal(new DateOnly(2024, 5, 6), document.Published);
        Assert.Equal("Aid sent\n\n6 May\n\nAid was sent.", document.Text);
    }

    [Fact]
    public void HtmlMalformedJsonLdIsIgnored()
    {
        var document = Some.ReadHtml(
            "<article><p>Aid was sent.</p></article>",
            "<script type='application/ld+json'>{\"datePublished\": </script><meta name='date' content='2024-05-07'>");

        Assert.Equal(new DateOnly(2024, 5, 7), document.Published);
    }

    [Fact]
    public void HtmlCallersDateWinsOverMetadata()
    {
        var document = Some.ReadHtml(
            "<article><p>Aid was sent.</p></article>", "<meta name='date' content='2024-05-07'>",
            new ReadOptions("doc", Published: s_callerDate));

        Assert.Equal(s_callerDate, document.Published);
    }

    [Fact]
    public void HtmlIsRecognisedByItsExtension()
    {
        var document = Some.Read("<div><p>Plain markup without a doctype.</p></div><script>x()</script>", new ReadOptions("doc", FileName: "story.HTM"));

        Assert.Equal("Plain markup without a doctype.", document.Text);
    }

    [Theory]
    [InlineData("\n  <html><body><p>Sniffed.</p></body></html>")]
    [InlineData("<!doctype HTML><title>t</title><p>Sniffed.</p>")]
    [InlineData("<div>\n<p>Sniffed.</p></div>")]
    public void HtmlIsRecognisedByItsFirstBytes(string input)
    {
        Assert.Equal("Sniffed.", Some.Read(input).Text);
    }

    [Fact]
    public void TextMentioningATagLateStaysText()
    {
        var text = new string('x', 2000) + " <p> is a paragraph tag.";

        Assert.Equal(text, Some.Read(text, new ReadOptions("doc", FileName: "notes.txt")).Text);
    }

    [Fact]
    public void HtmlStatedDateLineInTheTextIsUsedWithoutMetadata()
    {
        var document = Some.ReadHtml("<article><p>Aid was sent.</p><p>Published on June 2, 2023.</p></article>");

        Assert.Equal(new DateOnly(2023, 6, 2), document.Published);
    }
}
