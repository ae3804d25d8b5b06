using System.Runtime.InteropServices;
using Pledgewatch.Sentences;

namespace Pledgewatch.Amounts;

/// <summary>Views a token list as a span, without copying when it is the <see cref="List{T}"/> the tokenizer returns.
/// The span is only valid while the list is not modified.</summary>
internal static class TokenList
{
    public static ReadOnlySpan<Token> AsSpan(IReadOnlyList<Token> tokens) => tokens switch
    {
        List<Token> list => CollectionsMarshal.AsSpan(list),
        Token[] array => array,
        _ => tokens.ToArray(),
    };
}
