using System.Text.Json.Nodes;
using Pledgewatch.Ledger.Storage;

namespace Pledgewatch.Web.Api;

/// <summary>A stored document: metadata, the text record offsets point into, and its records.</summary>
internal sealed record DocumentDetail(DocumentSummary Document, string Text, IReadOnlyList<JsonObject> Records);
