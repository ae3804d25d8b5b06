namespace Pledgewatch.Syntax;

/// <summary>The closed classes of syntax-words.tsv, as flags: a word may belong to several ("that", "as", "while").</summary>
[Flags]
public enum WordClass : uint
{
    None = 0,
    Be = 1 << 0,
    Have = 1 << 1,
    Do = 1 << 2,
    ModalFuture = 1 << 3,
    Modal = 1 << 4,
    Negator = 1 << 5,
    Determiner = 1 << 6,
    Possessive = 1 << 7,
    Pronoun = 1 << 8,
    Relative = 1 << 9,
    Complementizer = 1 << 10,
    Preposition = 1 << 11,
    SubordinatorTime = 1 << 12,
    SubordinatorCause = 1 << 13,
    SubordinatorConcession = 1 << 14,
    SubordinatorCondition = 1 << 15,
    Coordinator = 1 << 16,
    Particle = 1 << 17,
    ObjectControl = 1 << 18,
    Speech = 1 << 19,
    InfinitiveNoun = 1 << 20,
    TextNoun = 1 << 21,
    AppealNoun = 1 << 22,
    ElidingOrdinal = 1 << 23,

    Auxiliary = Be | Have | Do | ModalFuture | Modal,
    Subordinator = SubordinatorTime | SubordinatorCause | SubordinatorConcession | SubordinatorCondition,
}

internal static class WordClasses
{
    public static WordClass Parse(string name) => name switch
    {
        "be" => WordClass.Be,
        "have" => WordClass.Have,
        "do" => WordClass.Do,
        "modal-future" => WordClass.ModalFuture,
        "modal" => WordClass.Modal,
        "negator" => WordClass.Negator,
        "determiner" => WordClass.Determiner,
        "possessive" => WordClass.Possessive,
        "pronoun" => WordClass.Pronoun,
        "relative" => WordClass.Relative,
        "complementizer" => WordClass.Complementizer,
        "preposition" => WordClass.Preposition,
        "subordinator-time" => WordClass.SubordinatorTime,
        "subordinator-cause" => WordClass.SubordinatorCause,
        "subordinator-concession" => WordClass.SubordinatorConcession,
        "subordinator-condition" => WordClass.SubordinatorCondition,
        "coordinator" => WordClass.Coordinator,
        "particle" => WordClass.Particle,
        "object-control" => WordClass.ObjectControl,
        "speech" => WordClass.Speech,
        "infinitive-noun" => WordClass.InfinitiveNoun,
        "text-noun" => WordClass.TextNoun,
        "appeal-noun" => WordClass.AppealNoun,
        "eliding-ordinal" => WordClass.ElidingOrdinal,
        _ => throw new InvalidDataException($"syntax-words.tsv: unknown word class '{name}'"),
    };
}
