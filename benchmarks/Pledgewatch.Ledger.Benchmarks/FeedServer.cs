using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Pledgewatch.Ledger.Benchmarks;

/// <summary>
/// A feed on 127.0.0.1 that grows while the watch runs: <c>/feed.xml</c> lists the reports published so far (with an
/// ETag, 304 when unchanged), <c>/r/N.txt</c> is report N. Loopback only.
/// </summary>
internal sealed class FeedServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentDictionary<int, string> _published = new();
    private volatile string _feed = "";
    private volatile string _etag = "\"0\"";

    public FeedServer()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Root = $"http://127.0.0.1:{port}";
        _listener.Prefixes.Add(Root + "/");
        _listener.Start();
        Rebuild();
        _ = Task.Run(Serve);
    }

    public string Root { get; }

    public string FeedUrl => Root + "/feed.xml";

    public string ItemUrl(int n) => $"{Root}/r/{n}.txt";

    public void Publish(int n, string text)
    {
        _published[n] = text;
        Rebuild();
    }

    private void Rebuild()
    {
        var items = string.Concat(_published.Keys.Order().Select(n => $"<item><title>Report {n}</title><link>{ItemUrl(n)}</link></item>"));
        _feed = $"<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Ministry</title>{items}</channel></rss>";
        _etag = $"\"{_published.Count}\"";
    }

    private async Task Serve()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException) { return; }
            _ = Task.Run(() => Answer(context));
        }
    }

    private async Task Answer(HttpListenerContext context)
    {
        try
        {
            var path = context.Request.Url!.AbsolutePath;
            byte[]? body = null;
            if (path == "/feed.xml")
            {
                var etag = _etag;
                context.Response.Headers["ETag"] = etag;
                if (context.Request.Headers["If-None-Match"] == etag) context.Response.StatusCode = 304;
                else { body = Encoding.UTF8.GetBytes(_feed); context.Response.ContentType = "application/rss+xml"; }
            }
            else if (path.StartsWith("/r/", StringComparison.Ordinal) && int.TryParse(path[3..^4], out var n) && _published.TryGetValue(n, out var text))
            {
                body = Encoding.UTF8.GetBytes(text);
                context.Response.ContentType = "text/plain; charset=utf-8";
            }
            else context.Response.StatusCode = 404;
            if (body is not null)
            {
                context.Response.ContentLength64 = body.Length;
                await context.Response.OutputStream.WriteAsync(body);
            }
            context.Response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException)
        {
            // the watch was stopped mid-request
        }
    }

    public void Dispose() => _listener.Close();
}
