using System.Net;

namespace Pledgewatch.Ledger.Ingest;

/// <summary>
/// Reads files and fetches URLs for ingest, with a size limit for both and, for URLs, a timeout over the whole
/// exchange and our user agent. Failures are values naming the source. Thread-safe; one instance per run.
/// </summary>
public sealed class SourceFetcher : IDisposable
{
    private readonly HttpClient _http;
    private readonly IngestOptions _options;

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
            ? FetchUrlAsync(source).GetAwaiter().GetResult()
            : ReadFile(source);

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

    private async Task<FetchResult> FetchUrlAsync(string url)
    {
        var timeout = _options.EffectiveTimeout;
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            using var response = await _http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cts.Token);
            if (!response.IsSuccessStatusCode) return FetchResult.Fail($"{url}: the server answered {(int)response.StatusCode} {response.ReasonPhrase}");
            if (response.Content.Headers.ContentLength is long length && length > _options.MaxBytes)
                return FetchResult.Fail($"{url}: too large ({Megabytes(length)}; the limit is {Megabytes(_options.MaxBytes)})");
            await using var stream = await response.Content.ReadAsStreamAsync(cts.Token);
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, cts.Token)) > 0)
            {
                if (buffer.Length + read > _options.MaxBytes)
                    return FetchResult.Fail($"{url}: too large (more than {Megabytes(_options.MaxBytes)}, the limit)");
                buffer.Write(chunk, 0, read);
            }
            return FetchResult.Ok(buffer.ToArray(), response.Content.Headers.ContentType?.MediaType);
        }
        catch (OperationCanceledException) when (cts.IsCancellationRequested)
        {
            return FetchResult.Fail($"{url}: no complete answer within {timeout.TotalSeconds:0.#} s (timed out)");
        }
        catch (HttpRequestException e)
        {
            return FetchResult.Fail($"{url}: cannot be fetched ({e.Message})");
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or UriFormatException)
        {
            return FetchResult.Fail($"{url}: cannot be fetched ({e.Message})");
        }
    }

    private static string Megabytes(long bytes) => bytes >= 1024 * 1024 ? $"{bytes / (1024 * 1024)} MB" : $"{bytes / 1024} KB";

    public void Dispose() => _http.Dispose();
}
