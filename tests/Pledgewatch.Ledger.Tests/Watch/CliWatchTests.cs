using System.Globalization;
using System.Net;
using Dapper;
using Pledgewatch.Ledger.Tests.Support;

namespace Pledgewatch.Ledger.Tests.Watch;

/// <summary>The watch command end to end, as child processes, on every database (issue 12, "What must hold").</summary>
public abstract class CliWatchTests<TDatabase> where TDatabase : TestDatabase, new()
{
    [Fact]
    public void AnItemAddedWhileWatchRunsIsStoredWithinTwoIntervals()
    {
        using var server = new LocalServer();
        server.Respond("/one.html", "text/html", Feeds.Article("Norway", 1));
        server.Respond("/feed.xml", "application/rss+xml", Feeds.Rss(server.Root, "one"));
        using var db = new TDatabase();
        var store = db.Open();
        var interval = TimeSpan.FromSeconds(2);
        using var watch = WatchProcess.Start(db.Db, $"{server.Root}/feed.xml", "--interval", "2s");

        watch.WaitForLine(l => l.Contains("/feed.xml: not modified"), "second poll answered 304 (conditional request)");
        Assert.Equal(1, store.Counts().Documents);
        server.Respond("/two.html", "text/html", Feeds.Article("Japan", 2));
        var added = DateTimeOffset.UtcNow;
        server.Respond("/feed.xml", "application/rss+xml", Feeds.Rss(server.Root, "one", "two"));
        watch.WaitUntil(() => store.Counts().Documents == 2, "second document");

        string storedAt;
        using (var c = store.OpenConnection())
            storedAt = c.ExecuteScalar<string>("SELECT stored_at FROM watch_items WHERE location = @l", new { l = $"{server.Root}/two.html" })!;
        var latency = DateTimeOffset.Parse(storedAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal) - added;
        Assert.True(latency <= 2 * interval, $"stored {latency.TotalSeconds:F2} s after it was added:\n{watch.Log}");
        Assert.Equal(0, watch.Terminate());
        Assert.All(server.UserAgents, ua => Assert.StartsWith("Pledgewatch/", ua));
        Assert.Contains(watch.Lines, l => l.Contains("latency (first seen → stored) over 2 items"));
    }

    [Fact]
    public void SigtermLeavesNoPartialDocumentAndARestartGoesOnWhereItStopped()
    {
        var corpus = GeneratedCorpus.Write(600);
        using var clean = new TDatabase();
        using var watched = new TDatabase();
        var store = watched.Open();
        using (var first = WatchProcess.Start(watched.Db, corpus, "--interval", "1s"))
        {
            first.WaitUntil(() => store.Counts().Documents >= 5, "five documents stored");
            Assert.Equal(0, first.Terminate());
            Assert.Contains(first.Lines, l => l.Contains("SIGTERM received"));
        }
        var partial = store.Counts().Documents;
        Assert.InRange(partial, 5, 599);
        long registered;
        using (var c = store.OpenConnection())
        {
            // Files written just before the first scan may have been too fresh to take: they are new to the restart.
            registered = c.ExecuteScalar<long>("SELECT COUNT(*) FROM watch_items");
            Assert.InRange(registered, partial, 600);
            // Every stored document is whole, and its item is done exactly when it is stored.
            Assert.Equal(0, c.ExecuteScalar<long>("SELECT COUNT(*) FROM (SELECT document_id FROM records GROUP BY document_id HAVING MAX(ordinal) + 1 <> COUNT(*)) AS gaps"));
            Assert.Equal(0, c.ExecuteScalar<long>("SELECT COUNT(*) FROM records r WHERE NOT EXISTS (SELECT 1 FROM entry_sources s WHERE s.record_id = r.id)"));
            Assert.Equal(partial, c.ExecuteScalar<long>("SELECT COUNT(*) FROM watch_items WHERE state = 'done'"));
            Assert.Equal(0, c.ExecuteScalar<long>("SELECT COUNT(*) FROM watch_items WHERE state = 'claimed'"));
        }

        using (var second = WatchProcess.Start(watched.Db, corpus, "--interval", "1s"))
        {
            second.WaitUntil(() => store.Counts().Documents == 600, "all 600 documents");
            Assert.Equal(0, second.Terminate());
            // A restart goes on with the items the first process registered, and lists the folder again when its next
            // poll falls due (the first process's last poll is remembered): that listing may come before or after the
            // registered items are stored, and files too fresh at the first scan are new to it. So the listing is
            // checked when there is one: what the first process stored is never new to it.
            var listing = System.Text.RegularExpressions.Regex.Match(string.Join("\n", second.Lines), @"(\d+) items, (\d+) new");
            if (listing.Success)
            {
                int listed = int.Parse(listing.Groups[1].Value, CultureInfo.InvariantCulture), fresh = int.Parse(listing.Groups[2].Value, CultureInfo.InvariantCulture);
                Assert.InRange(listed, 1, 600);
                Assert.InRange(fresh, 0, Math.Min(listed, 600 - partial));
            }
        }
        using (var c = store.OpenConnection())
            Assert.Equal(600, c.ExecuteScalar<long>("SELECT COUNT(*) FROM watch_items WHERE state = 'done'"));
        Assert.Equal(0, CliProcess.Run("ingest", corpus, "--db", clean.Db).ExitCode);
        Assert.Equal(LedgerSnapshot.Of(clean.Open()), LedgerSnapshot.Of(store));
    }

    [Fact]
    public void TwoWatchesOverOneFolderShareItsItemsAndStoreEachDocumentOnce()
    {
        var corpus = GeneratedCorpus.Write(200);
        using var db = new TDatabase();
        var store = db.Open(); // migrated first, so the two processes start on an existing schema
        using var a = WatchProcess.Start(db.Db, corpus, "--interval", "1s");
        using var b = WatchProcess.Start(db.Db, corpus, "--interval", "1s");
        a.WaitUntil(() => store.Counts().Documents == 200, "all 200 documents");
        Assert.Equal(0, a.Terminate());
        Assert.Equal(0, b.Terminate());
        using var c = store.OpenConnection();
        Assert.Equal(200, c.ExecuteScalar<long>("SELECT COUNT(*) FROM watch_items WHERE state = 'done'"));
        Assert.Equal(200, c.ExecuteScalar<long>("SELECT COUNT(*) FROM watch_items"));
        Assert.DoesNotContain(a.Lines.Concat(b.Lines), l => l.StartsWith("stderr: ", StringComparison.Ordinal) && !l.Contains("SIGTERM received"));
    }

    [Fact]
    public void AFailingSourceIsRetriedWithBackOffAndDoesNotStopTheOthers()
    {
        using var server = new LocalServer();
        server.Fail("/broken.xml", HttpStatusCode.ServiceUnavailable);
        server.Respond("/g1.html", "text/html", Feeds.Article("Poland", 1));
        server.Respond("/good.xml", "application/rss+xml", Feeds.Rss(server.Root, "g1"));
        using var db = new TDatabase();
        var store = db.Open();
        using var watch = WatchProcess.Start(db.Db, $"{server.Root}/broken.xml", $"{server.Root}/good.xml", "--interval", "0.5s");

        watch.WaitForLine(l => l.Contains("/broken.xml: failed (3 in a row): ") && l.Contains("503"), "third failure of the broken feed");
        Assert.Contains(watch.Lines, l => l.Contains("/broken.xml: failed (1 in a row)") && l.EndsWith("retry in 1 s"));
        Assert.Contains(watch.Lines, l => l.Contains("/broken.xml: failed (2 in a row)") && l.EndsWith("retry in 2 s"));
        Assert.Contains(watch.Lines, l => l.Contains("/broken.xml: backing off after 2 failures"));
        server.Respond("/g2.html", "text/html", Feeds.Article("Poland", 2));
        server.Respond("/good.xml", "application/rss+xml", Feeds.Rss(server.Root, "g1", "g2"));
        watch.WaitUntil(() => store.Counts().Documents == 2, "both items of the good feed");
        // Backing off: without it the broken feed would be asked once per cycle.
        var cycles = watch.Lines.Count(l => l.Contains(" cycle "));
        Assert.True(server.Hits("/broken.xml") < cycles, watch.Log);

        server.Respond("/b1.html", "text/html", Feeds.Article("Italy", 3));
        server.Respond("/broken.xml", "application/rss+xml", Feeds.Rss(server.Root, "b1"));
        server.Heal("/broken.xml");
        watch.WaitUntil(() => store.Counts().Documents == 3, "the healed feed's item");
        Assert.Equal(0, watch.Terminate());
    }
}
