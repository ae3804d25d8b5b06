using System.Net;
using System.Net.Sockets;
using System.Text;
using Pledgewatch.Ledger.Tests.Support;

namespace Pledgewatch.Ledger.Tests.Ingest;

/// <summary>Bad inputs each get one clear line; the run goes on with the next document and exits 1 (issue 3, "What must hold").</summary>
public sealed class IngestFailureTests
{
    private const string GoodReport = "OTTAWA — Canada said on Monday it would send {0} armoured vehicles to Ukraine.\n";

    [Fact]
    public void EachBadInputGetsAClearMessageAndTheRunGoesOn()
    {
        var dir = Directory.CreateTempSubdirectory("pledgewatch-bad-").FullName;
        File.WriteAllText(Path.Combine(dir, "a-good.txt"), string.Format(GoodReport, 4));
        File.WriteAllText(Path.Combine(dir, "b-malformed.html"), "<html><head><title>Cut off</title><script>var s = \"<p>Canada pledged");
        File.WriteAllText(Path.Combine(dir, "c-xxe.xml"), """
            <?xml version="1.0"?>
            <!DOCTYPE rss [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
            <rss version="2.0"><channel><title>&secret;</title><item><link>http://127.0.0.1:1/x</link></item></channel></rss>
            """);
        File.WriteAllText(Path.Combine(dir, "d-laughs.xml"), """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [ <!ENTITY lol "lol"> <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
              <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"> <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;"> ]>
            <rss version="2.0"><channel><title>&lol4;</title></channel></rss>
            """);
        using (var huge = File.Create(Path.Combine(dir, "e-huge.txt"))) huge.SetLength(100L * 1024 * 1024); // sparse: no 100 MB written
        File.WriteAllBytes(Path.Combine(dir, "f-latin1.txt"), [.. Encoding.UTF8.GetBytes("Kyiv, "), 0xE9, 0xFF, .. Encoding.UTF8.GetBytes(" talks.")]);
        File.WriteAllText(Path.Combine(dir, "g-good.txt"), string.Format(GoodReport, 9));

        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var accepted = new List<Socket>();
        _ = Task.Run(async () => { while (true) accepted.Add(await silent.AcceptSocketAsync()); }, TestContext.Current.CancellationToken);
        var url = $"http://127.0.0.1:{((IPEndPoint)silent.LocalEndpoint).Port}/never-answers";

        using var db = new SqliteDatabase();
        var (exit, stdout, stderr) = CliProcess.Run("ingest", dir, url, "--timeout", "1.5", "--db", db.Db);

        Assert.Equal(1, exit);
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(6, lines.Length);
        Assert.All(lines, l => Assert.StartsWith("pledgewatch: ", l));
        Assert.Contains(lines, l => l.Contains("b-malformed.html: no readable text"));
        Assert.Contains(lines, l => l.Contains("c-xxe.xml: feed refused: it declares a DTD"));
        Assert.Contains(lines, l => l.Contains("d-laughs.xml: feed refused: it declares a DTD"));
        Assert.Contains(lines, l => l.Contains("e-huge.txt: too large (100 MB; the limit is 16 MB)"));
        Assert.Contains(lines, l => l.Contains("f-latin1.txt") && l.Contains("UTF-8"));
        Assert.Contains(lines, l => l.Contains("never-answers: no complete answer within 1.5 s (timed out)"));
        Assert.Contains("documents: 2 new, 0 unchanged, 6 failed", stdout);
        Assert.Equal(2, db.Open().Counts().Documents);
        Assert.DoesNotContain("root:", stderr + stdout);
        foreach (var s in accepted) s.Dispose();
    }

    [Fact]
    public void FeedItemsAreFetchedWithOurUserAgentAndIngested()
    {
        using var server = new LocalServer();
        server.Respond("/feed.xml", "application/rss+xml", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>Wire</title>
              <item><title>First</title><link>{server.Root}/one.html</link><pubDate>Mon, 05 Jan 2026 09:00:00 GMT</pubDate></item>
              <item><title>Second</title><link>{server.Root}/two.html</link></item>
            </channel></rss>
            """);
        server.Respond("/one.html", "text/html", "<html><head><title>One</title></head><body><article><p>Norway said on Friday it would give Ukraine 30 generators.</p></article></body></html>");
        server.Respond("/two.html", "text/html", "<html><head><title>Two</title></head><body><article><p>Japan said on Friday it would send medical kits to Ukraine.</p></article></body></html>");

        using var db = new SqliteDatabase();
        var (exit, stdout, stderr) = CliProcess.Run("ingest", $"{server.Root}/feed.xml", "--db", db.Db);

        Assert.True(exit == 0, stderr);
        Assert.Contains("documents: 2 new", stdout);
        Assert.All(server.UserAgents, ua => Assert.StartsWith("Pledgewatch/", ua));
        using var c = db.Open().OpenConnection();
        var urls = Dapper.SqlMapper.Query<string>(c, "SELECT url FROM documents ORDER BY url").ToList();
        Assert.Equal([$"{server.Root}/one.html", $"{server.Root}/two.html"], urls);
    }
}
