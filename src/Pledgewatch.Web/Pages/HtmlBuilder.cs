using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Pledgewatch.Web.Pages;

/// <summary>The interpolated string handler behind <see cref="Html.Of"/>: literals verbatim, values encoded.</summary>
[InterpolatedStringHandler]
internal readonly struct HtmlBuilder
{
    private readonly StringBuilder _sb;

    public HtmlBuilder(int literalLength, int formattedCount) => _sb = new StringBuilder(literalLength + formattedCount * 16);

    public void AppendLiteral(string s) => _sb.Append(s);

    public void AppendFormatted(Html html) => _sb.Append(html.Value);

    public void AppendFormatted(IEnumerable<Html> parts)
    {
        foreach (var p in parts) _sb.Append(p.Value);
    }

    public void AppendFormatted(string? text) => _sb.Append(Html.Encoder.Encode(text ?? ""));

    public void AppendFormatted<T>(T value)
    {
        // A List<Html> binds here rather than to the IEnumerable<Html> overload: route it there, never encode markup twice.
        if (value is IEnumerable<Html> parts) AppendFormatted(parts);
        else if (value is Html html) AppendFormatted(html);
        else _sb.Append(Html.Encoder.Encode(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""));
    }

    public void AppendFormatted<T>(T value, string format) where T : IFormattable =>
        _sb.Append(Html.Encoder.Encode(value.ToString(format, CultureInfo.InvariantCulture)));

    public override string ToString() => _sb.ToString();
}
