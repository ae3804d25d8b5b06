using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Pledgewatch.Comparisons.Tests.Support;

/// <summary>An HTTP server on 127.0.0.1 answering fixed bytes per path (zips included), 404 otherwise. Tests never touch the network.</summary>
internal sealed class FileServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentDictionary<string, byte[]> _files = new();

    public FileServer()
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

    public void Serve(string path, byte[] body) => _files[path] = body;

    private async Task Serve()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException) { return; }
            if (_files.TryGetValue(context.Request.Url!.AbsolutePath, out var body))
            {
                context.Response.ContentLength64 = body.Length;
                await context.Response.OutputStream.WriteAsync(body);
            }
            else context.Response.StatusCode = 404;
            context.Response.Close();
        }
    }

    public void Dispose() => _listener.Close();
}
