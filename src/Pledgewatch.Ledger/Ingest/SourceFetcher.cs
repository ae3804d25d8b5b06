using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;

namespace Pledgewatch.Ledger.Ingest;

/// <summary>
/// Reads files and fetches URLs for ingest, with a size limit for both and, for URLs, a timeout over the whole
/// exchange, our user agent and at most <see cref="IngestOptions.PerHost"/> requests to one host at a time. Failures
/// are values naming the source. Thread-safe; one instance per run.
/// </summary>
public sealed class SourceFetcher : IDisposable
{
    private readonly HttpClient _http;
    private readonly IngestOptions _options;
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _hosts = new(StringComparer.OrdinalIgnoreCase);

    public SourceFetcher(IngestOptions options)
    {
        _options = options;
        var handler = new SocketsHttpHandler
        {
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = options.EffectiveTimeout,
            AllowAutoRedirect = true,
            MaxAutomaticRedirections = 5,
        };
        // The per-request token below bounds the whole fetch; HttpClient's own timeout would stop at the headers.
        _http = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _http.DefaultRequestHeaders.UserAgent.ParseAdd(IngestOptions.UserAgent);
    }

    public FetchResult Fetch(string source) =>
        source.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || source.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            ? FetchUrlAsync(source, null, CancellationToken.None).GetAwaiter().GetResult().Result
            : ReadFile(source);

    /// <summary>
    /// A conditional GET for polling: <paramref name="validators"/> (the ETag and Last-Modified of the last answer) are
    /// sent as If-None-Match and If-Modified-Since, and a 304 comes back as <see cref="Fetched.NotModified"/>.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="stop"/> was cancelled.</exception>
    internal Task<Fetched> PollAsync(string url, (string? ETag, string? LastModified) validators, CancellationToken stop) =>
        FetchUrlAsync(url, validators, stop);

    private FetchResult ReadFile(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists) return FetchResult.Fail($"{path}: no such file");
            if (info.Length > _options.MaxBytes) return FetchResult.Fail($"{path}: too large ({Megabytes(info.Length)}; the limit is {Megabytes(_options.MaxBytes)})");
            return FetchResult.Ok(File.ReadAllBytes(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return FetchResult.Fail($"{path}: cannot be read ({e.Message})");
        }
    }

    private async Task<Fetched> FetchUrlAsync(string url, (string? ETag, string? LastModified)? validators, CancellationToken stop)
    {
        var timeout = _options.EffectiveTimeout;
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(stop);
        cts.CancelAfter(timeout);
        SemaphoreSlim? host = null;
        try
        {
            host = _hosts.GetOrAdd(new Uri(url).Authority, _ => new SemaphoreSlim(_options.PerHost, _options.PerHost));
            await host.WaitAsync(cts.Token);
        }
        catch (OperationCanceledException) when (!stop.IsCancellationRequested)
        {
            return new(FetchResult.Fail($"{url}: no complete answer within {timeout.TotalSeconds:0.#} s (timed out waiting for a turn at the host)"));
        }
        catch (UriFormatException e)
        {
            return new(FetchResult.Fail($"{url}: cannot be fetched ({e.Message})"));
        }
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            if (validators?.ETag is { } etag && EntityTagHeaderValue.TryParse(etag, out var tag)) request.Headers.IfNoneMatch.Add(tag);
            if (validators?.LastModified is { } since && DateTimeOffset.TryParse(since, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
                request.Headers.IfModifiedSince = at;
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cts.Token);
            if (response.StatusCode == HttpStatusCode.NotModified && validators is not null)
                return new(FetchResult.Ok([]), NotModified: true, ETag: validators.Value.ETag, LastModified: validators.Value.LastModified);
            if (!response.IsSuccessStatusCode) return new(FetchResult.Fail($"{url}: the server answered {(int)response.StatusCode} {response.ReasonPhrase}"));
            if (response.Content.Headers.ContentLength is long length && length > _options.MaxBytes)
                return new(FetchResult.Fail($"{url}: too large ({Megabytes(length)}; the limit is {Megabytes(_options.MaxBytes)})"));
            await using var stream = await response.Content.ReadAsStreamAsync(cts.Token);
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, cts.Token)) > 0)
            {
                if (buffer.Length + read > _options.MaxBytes)
                    return new(FetchResult.Fail($"{url}: too large (more than {Megabytes(_options.MaxBytes)}, the limit)"));
                buffer.Write(chunk, 0, read);
            }
            return new(FetchResult.Ok(buffer.ToArray(), response.Content.Headers.ContentType?.MediaType),
                ETag: response.Headers.ETag?.ToString(),
                LastModified: response.Content.Headers.LastModified?.ToString("R", CultureInfo.InvariantCulture));
        }
        catch (OperationCanceledException) when (cts.IsCancellationRequested && !stop.IsCancellationRequested)
        {
            return new(FetchResult.Fail($"{url}: no complete answer within {timeout.TotalSeconds:0.#} s (timed out)"));
        }
        catch (HttpRequestException e)
        {
            return new(FetchResult.Fail($"{url}: cannot be fetched ({e.Message})"));
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or UriFormatException)
        {
            return new(FetchResult.Fail($"{url}: cannot be fetched ({e.Message})"));
        }
        finally
        {
            host.Release();
        }
    }

    private static string Megabytes(long bytes) => bytes >= 1024 * 1024 ? $"{bytes / (1024 * 1024)} MB" : $"{bytes / 1024} KB";

    public void Dispose()
    {
        _http.Dispose();
        foreach (var host in _hosts.Values) host.Dispose();
    }
}
