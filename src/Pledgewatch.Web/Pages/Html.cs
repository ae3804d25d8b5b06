using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Pledgewatch.Web.Pages;

/// <summary>
/// A fragment of HTML that is safe to send. <see cref="Of"/> takes an interpolated string whose literal parts are
/// markup and whose holes are encoded, unless a hole is itself <see cref="Html"/>: so every value reaches the page
/// encoded without anyone remembering to. <see cref="Raw"/> is for constants only.
/// </summary>
internal readonly record struct Html(string Value)
{
    /// <summary>Encodes for text and double-quoted attributes; letters of every script stay readable.</summary>
    public static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static Html Empty => new("");

    public static Html Of([InterpolatedStringHandlerArgument] HtmlBuilder builder) => new(builder.ToString());

    public static Html Raw(string constant) => new(constant);

    public static Html Text(string? text) => new(Encoder.Encode(text ?? ""));

    public static Html Join(IEnumerable<Html> parts) => new(string.Concat(parts.Select(p => p.Value)));

    /// <summary>A link target: site paths and http(s) URLs pass, anything else (javascript:, data:) becomes "#".</summary>
    public static string SafeUrl(string? url) =>
        url is not null && (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal)
            || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
            ? url : "#";

    public static string Number(decimal value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);

    public override string ToString() => Value;
}
