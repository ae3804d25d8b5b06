using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Pledgewatch.Ledger.Tests.Support;

/// <summary>
/// An HTTP server on 127.0.0.1 with fixed answers per path (text or bytes, zips included), 404 otherwise, recording the
/// user agents it saw. Tests never touch the network. Also linked into the comparisons tests.
/// </summary>
internal sealed class LocalServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentDictionary<string, (string Type, byte[] Body)> _answers = new();

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

    private async Task Serve()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException) { return; }
            UserAgents.Add(context.Request.UserAgent ?? "");
            if (_answers.TryGetValue(context.Request.Url!.AbsolutePath, out var answer))
            {
                context.Response.ContentType = answer.Type;
                context.Response.ContentLength64 = answer.Body.Length;
                await context.Response.OutputStream.WriteAsync(answer.Body);
            }
            else context.Response.StatusCode = 404;
            context.Response.Close();
        }
    }

    public void Dispose() => _listener.Close();
}
