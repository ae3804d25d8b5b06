using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;

namespace Pledgewatch.Ledger.Tests.Support;

/// <summary>
/// An HTTP server on 127.0.0.1 with fixed answers per path (text or bytes, zips included), 404 otherwise, recording the
/// user agents it saw. Each answer carries an ETag (a hash of its body) and a request whose If-None-Match names it gets
/// 304; a path can be made to fail with a status. Tests never touch the network. Also linked into the comparisons tests.
/// </summary>
internal sealed class LocalServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentDictionary<string, (string Type, byte[] Body)> _answers = new();
    private readonly ConcurrentDictionary<string, int> _failures = new();
    private readonly ConcurrentDictionary<string, int> _hits = new();
    private readonly ConcurrentDictionary<string, int> _notModified = new();

    public LocalServer()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Root = $"http://127.0.0.1:{port}";
        _listener.Prefixes.Add(Root + "/");
        _listener.Start();
        _ = Task.Run(Serve);
    }

    public string Root { get; }

    public ConcurrentBag<string> UserAgents { get; } = [];

    public void Respond(string path, string type, string body) => _answers[path] = (type, Encoding.UTF8.GetBytes(body));

    public void Respond(string path, string type, byte[] body) => _answers[path] = (type, body);

    /// <summary>Answers <paramref name="path"/> with <paramref name="status"/> until <see cref="Heal"/>.</summary>
    public void Fail(string path, HttpStatusCode status) => _failures[path] = (int)status;

    public void Heal(string path) => _failures.TryRemove(path, out _);

    /// <summary>Requests for <paramref name="path"/> so far, whatever the answer.</summary>
    public int Hits(string path) => _hits.GetValueOrDefault(path);

    /// <summary>Requests for <paramref name="path"/> answered 304 Not Modified.</summary>
    public int NotModified(string path) => _notModified.GetValueOrDefault(path);

    private async Task Serve()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException) { return; }
            UserAgents.Add(context.Request.UserAgent ?? "");
            var path = context.Request.Url!.AbsolutePath;
            _hits.AddOrUpdate(path, 1, (_, n) => n + 1);
            try
            {
                if (_failures.TryGetValue(path, out var status)) context.Response.StatusCode = status;
                else if (_answers.TryGetValue(path, out var answer))
                {
                    var etag = $"\"{Convert.ToHexStringLower(SHA256.HashData(answer.Body))[..16]}\"";
                    context.Response.Headers["ETag"] = etag;
                    if (context.Request.Headers["If-None-Match"] == etag)
                    {
                        _notModified.AddOrUpdate(path, 1, (_, n) => n + 1);
                        context.Response.StatusCode = 304;
                    }
                    else
                    {
                        context.Response.ContentType = answer.Type;
                        context.Response.ContentLength64 = answer.Body.Length;
                        await context.Response.OutputStream.WriteAsync(answer.Body);
                    }
                }
                else context.Response.StatusCode = 404;
                context.Response.Close();
            }
            catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException)
            {
                // the client went away (a test's process was stopped): serve the next one
            }
        }
    }

    public void Dispose() => _listener.Close();
}
