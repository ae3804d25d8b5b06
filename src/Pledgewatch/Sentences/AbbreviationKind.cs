namespace Pledgewatch.Sentences;

/// <summary>How a word written with a final period behaves at a possible sentence end.</summary>
internal enum AbbreviationKind : byte
{
    /// <summary>An ordinary word: its period ends a sentence when an upper-case letter, digit or opening quote follows.</summary>
    None,

    /// <summary>
    /// "U.S.", "Inc.", "etc.", "a.m.", an initial: the period ends a sentence only before a common sentence starter
    /// ("The", "He", …), an opening quote, a line break or the end of the text.
    /// </summary>
    Ordinary,

    /// <summary>"No.", "Sept.": as <see cref="Ordinary"/>, but never before a digit ("No. 10", "Sept. 15").</summary>
    BeforeNumber,

    /// <summary>"Mr.", "Gen.", "e.g.": the period never ends a sentence; only a blank line or the end of the text does.</summary>
    NeverEnds,
}
