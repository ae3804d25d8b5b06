namespace Pledgewatch.Syntax;

/// <summary>
/// Part-of-speech tags: the Penn Treebank set that the imported lexicon (syntax-lexicon.tsv) uses, plus
/// <see cref="Atom"/> for a token inside an entity, money, item or date mention found by an earlier stage.
/// </summary>
public enum Tag : byte
{
    None,
    NN, NNS, NNP, NNPS,
    PRP, PRPS, WP, WPS, WDT, WRB, EX,
    DT, PDT, JJ, JJR, JJS, CD,
    RB, RBR, RBS, RP,
    IN, TO, CC,
    MD, VB, VBD, VBG, VBN, VBP, VBZ,
    POS, UH, FW, SYM, LS,
    /// <summary>"," — kept apart from other punctuation because clauses and lists turn on it.</summary>
    Comma,
    /// <summary>Any other punctuation: . ; : — ( ) quotes.</summary>
    Punct,
    /// <summary>A token inside a mention of an entity, an amount, counted items or a date.</summary>
    Atom,
}

/// <summary>What kind of mention an <see cref="Tag.Atom"/> token belongs to.</summary>
public enum AtomKind : byte
{
    None,
    Entity,
    Money,
    Items,
    Date,
}

internal static class Tags
{
    public static bool IsNoun(this Tag t) => t is Tag.NN or Tag.NNS or Tag.NNP or Tag.NNPS;

    public static bool IsVerb(this Tag t) => t is Tag.VB or Tag.VBD or Tag.VBG or Tag.VBN or Tag.VBP or Tag.VBZ;

    /// <summary>A verb that can carry tense on its own: "gave", "gives", "give" after a subject.</summary>
    public static bool IsFinite(this Tag t) => t is Tag.VBD or Tag.VBP or Tag.VBZ or Tag.MD;

    public static bool IsAdjective(this Tag t) => t is Tag.JJ or Tag.JJR or Tag.JJS;

    public static bool IsAdverb(this Tag t) => t is Tag.RB or Tag.RBR or Tag.RBS;

    /// <summary>Parses a Penn tag as the lexicon writes it ("PRP$" → <see cref="Tag.PRPS"/>); <see cref="Tag.None"/> when unknown.</summary>
    public static Tag Parse(ReadOnlySpan<char> s) => s switch
    {
        "NN" => Tag.NN, "NNS" => Tag.NNS, "NNP" => Tag.NNP, "NNPS" => Tag.NNPS,
        "PRP" => Tag.PRP, "PRP$" => Tag.PRPS, "WP" => Tag.WP, "WP$" => Tag.WPS, "WDT" => Tag.WDT, "WRB" => Tag.WRB, "EX" => Tag.EX,
        "DT" => Tag.DT, "PDT" => Tag.PDT, "JJ" => Tag.JJ, "JJR" => Tag.JJR, "JJS" => Tag.JJS, "CD" => Tag.CD,
        "RB" => Tag.RB, "RBR" => Tag.RBR, "RBS" => Tag.RBS, "RP" => Tag.RP,
        "IN" => Tag.IN, "TO" => Tag.TO, "CC" => Tag.CC,
        "MD" => Tag.MD, "VB" => Tag.VB, "VBD" => Tag.VBD, "VBG" => Tag.VBG, "VBN" => Tag.VBN, "VBP" => Tag.VBP, "VBZ" => Tag.VBZ,
        "POS" => Tag.POS, "UH" => Tag.UH, "FW" => Tag.FW, "SYM" => Tag.SYM, "LS" => Tag.LS,
        "," => Tag.Comma,
        "." or ":" or ";" or "(" or ")" or "\"" or "#" or "$" or "!" or "Punct" => Tag.Punct,
        _ => Tag.None,
    };

    public static string Name(this Tag t) => t switch
    {
        Tag.PRPS => "PRP$",
        Tag.WPS => "WP$",
        Tag.Comma => ",",
        _ => t.ToString(),
    };
}
