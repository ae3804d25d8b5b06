using System.Security.Cryptography;
using System.Text;

namespace Pledgewatch.Ledger.Storage;

/// <summary>A document as the ledger keeps it: metadata and the text that record offsets point into.</summary>
/// <param name="Doc">The document id written to its records (EVENTS.md <c>doc</c>).</param>
/// <param name="Source">Where it was read from: the absolute file path or the URL.</param>
/// <param name="Outlet">The outlet: the host of a URL; null for local files.</param>
/// <param name="Country">ISO3 of the outlet's country, when known.</param>
public sealed record StoredDocument(string Doc, string Text, string? Title, string? Url, string? Source, string? Outlet, string? Country, DateOnly? Published)
{
    /// <summary>Where <see cref="Published"/> came from (<see cref="MetadataBasis"/>); null when not recorded.</summary>
    public string? PublishedFrom { get; init; }

    /// <summary>Where <see cref="Country"/> came from (<see cref="MetadataBasis"/>); null when there is no country.</summary>
    public string? CountryFrom { get; init; }

    /// <summary>The version of the coder that made the records stored with the document (<see cref="Ingest.CoderVersion"/>).</summary>
    public string? CoderVersion { get; init; }

    /// <summary>SHA-256 of the UTF-8 text, lower-case hex: the same text is never stored twice.</summary>
    public string ContentHash { get; } = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Text)));
}
