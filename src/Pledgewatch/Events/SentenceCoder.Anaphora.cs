using Pledgewatch.Entities;
using Pledgewatch.Events.Frames;
using Pledgewatch.Syntax;

namespace Pledgewatch.Events;

// What a sentence refers back to: the speaker of the quote before ("We call on Moscow …" after "…," Mr Marles said)
// and the commitment told just before ("The package is worth $500 million"). The discourse sets what came before; the
// sentence coder reads the sentence.
internal sealed partial class SentenceCoder
{
    /// <summary>Who speaks in this sentence, a quote of its own that goes on from the quote before (set by the discourse).</summary>
    public List<Mention>? QuoteSpeaker { get; set; }

    /// <summary>"we" or "I" alone as a phrase, with no referent of its own.</summary>
    private static bool FirstPerson(SentenceParse p, Chunk np) =>
        np.Conjuncts is null && np.First == np.Head && (p.Is(np.Head, "we") || p.Is(np.Head, "I")) && p.AtomOf(np.Head) is null;

    /// <summary>
    /// The party that speaks in a sentence holding a quote: the subject of its speech verb ("…," Mr Marles said); null
    /// when it has none.
    /// </summary>
    public List<Mention>? SpeakerOfQuote(SentenceParse p)
    {
        if (!HasQuote(p)) return null;
        foreach (var c in p.Clauses)
            if (c.Verb?.Verb is { } v && c.Subject is { } who && _lexicon.ClassOfPredicate(v.Lemma, v.Particle) == PredicateClass.Speech)
            {
                var speaker = new List<Mention>();
                Parties.Named(p, who, _bodyStart, _lexicon, speaker);
                if (speaker.Exists(m => m.Code is not null)) return speaker;
            }
        return null;
    }

    private static bool HasQuote(SentenceParse p) =>
        p.Text.AsSpan(p.Analysis.Sentence.Span.Start, p.Analysis.Sentence.Span.Length).IndexOfAny('"', '\u201C', '\u201D') >= 0;

    /// <summary>The sentence quotes a commentator: a verb of saying whose subject is a scholar or a journalist.</summary>
    public bool QuotedCommentator(SentenceParse p)
    {
        if (!HasQuote(p)) return false;
        foreach (var c in p.Clauses)
            // ("…," said Fatmata Sesay, a researcher: an inverted speaker reads as the verb's object.)
            if (c.Verb?.Verb is { } v && _lexicon.ClassOfPredicate(v.Lemma, v.Particle) == PredicateClass.Speech && (c.Subject ?? c.Object) is { } who
                && p.AtomOf(who.Head) is { Kind: AtomKind.Entity, Entity: { Code: null, Sector: "EDU" or "MED" } }) return true;
        return false;
    }

    /// <summary>The sentence is a quote from its first word to its last, with no speech verb of its own.</summary>
    public bool WhollyQuoted(SentenceParse p)
    {
        var text = p.Text.AsSpan(p.Analysis.Sentence.Span.Start, p.Analysis.Sentence.Span.Length).Trim();
        if (text.Length < 2 || text[0] is not ('"' or '\u201C') || text[^1] is not ('"' or '\u201D')) return false;
        foreach (var c in p.Clauses)
            if (c.Verb?.Verb is { } v && _lexicon.ClassOfPredicate(v.Lemma, v.Particle) == PredicateClass.Speech) return false;
        return true;
    }

    /// <summary>The last commitment the report told, a few sentences back at most (set by the discourse).</summary>
    public EventDraft? PreviousCommitment { get; set; }

    /// <summary>
    /// The amount a sentence gives the commitment told just before without one: its subject refers back to it ("The
    /// package, worth 7.1 billion crowns, includes …", "The funding, some £100 million, will pay for …", "The aid totals
    /// $30 million", "Berlin said the package amounts to €100 million", "it is worth about €200 million") and holds an
    /// amount, in itself, in an apposition, in a "worth"/"valued at" phrase, or as what it is, totals or amounts to.
    /// </summary>
    public Amounts.MoneyMention? DescribedAmount(SentenceParse p)
    {
        if (PreviousCommitment is not { Commitment.Amount: null }) return null;
        // ("Its value: C$95 million, mostly for drones": a value line, a colon and the amount.)
        if (p.Chunks.Count >= 3 && p.Chunks[0] is { IsNoun: true } line && (ValueOfIt(p, line) || AnaphoricAid(p, line))
            && p.Chunks[1].Kind == ChunkKind.Punct && p.Word(p.Chunks[1].First) is ":" && p.Chunks[2].IsNoun && MoneyIn(p, p.Chunks[2]) is { } lined)
            return lined;
        // ("At £500 million, it is the largest package yet": a fronted "at" amount says what the subject is worth.)
        if (p.Chunks.Count >= 4 && p.Chunks[0] is { Kind: ChunkKind.Prep, Lemma: "at" } && p.Chunks[1].IsNoun && MoneyIn(p, p.Chunks[1]) is { } fronted
            && p.Chunks[2].Kind == ChunkKind.Comma && p.Chunks[3] is { IsNoun: true } worthIt && (p.Is(worthIt.Head, "it") || AnaphoricAid(p, worthIt)))
            return fronted;
        foreach (var clause in p.Clauses)
        {
            // ("The new aid includes 800 drones and will cost C$95 million": a coordinate clause shares the subject.)
            if (clause.Kind is not (ClauseKind.Main or ClauseKind.Complement or ClauseKind.Coordinate) || clause.Subject is not { } subject) continue;
            // ("it" even when the entity stage gave it a state: a state is worth no amount.)
            bool it = subject.First == subject.Head && p.Is(subject.Head, "it");
            // ("Officials valued the package at C$500 million", "Ottawa put its value at …": the object refers back; "The
            // 13th package is valued at 7.1 billion crowns", "it is estimated at …": in the passive, the subject.)
            if (clause.Verb?.Verb is { } valuing && SaysValue(valuing) && (valuing.Passive ? subject : clause.Object) is { } valuedThing
                && (valuing.Passive && it || AnaphoricAid(p, valuedThing) || ValueOfIt(p, valuedThing)) && clause.ObliqueOf("at") is { } at && MoneyIn(p, at) is { } valuedAt)
                return valuedAt;
            // ("Its value is C$500 million", "The cost of the package is …": the value of what was just told.)
            if (!it && !AnaphoricAid(p, subject) && !ValueOfIt(p, subject)) continue;
            if (HeldMoney(p, subject) is { } held) return held;
            foreach (var c in p.Clauses)
                if (c.Kind == ClauseKind.ReducedRelative && c.Antecedent == subject)
                    foreach (var ch in p.Chunks)
                        if (ch.Clause == c.Index && ch.IsNoun && MoneyIn(p, ch) is { } valued) return valued;
            if (clause.Verb?.Verb is { Lemma: "be" or "total" or "amount" or "come" or "stand" or "reach" or "cost" } vg)
            {
                // ("it is worth about €200 million": the amount may follow "worth" as a phrase of its own.)
                var what = vg.Lemma is "be" or "total" or "reach" or "cost" ? clause.Object : clause.ObliqueOf(vg.Lemma == "stand" ? "at" : "to");
                if (what is not null && (MoneyIn(p, what) ?? (vg.Lemma == "be" && clause.SecondObject is { } second ? MoneyIn(p, second) : null)) is { } amount)
                    return amount;
            }
        }
        return null;
    }

    /// <summary>A verb that states what something is worth, with "at" ("valued at", "put at", "estimated at", "priced at").</summary>
    private static bool SaysValue(VerbGroup vg) => vg.Lemma is "value" or "put" or "estimate" or "price";

    /// <summary>"its value", "the cost of the package", "its total cost": the worth of what was just told.</summary>
    private bool ValueOfIt(SentenceParse p, Chunk np) =>
        np.Lemma is "value" or "cost" or "worth" or "price" && p.AtomOf(np.Head) is null
        && (p.Is(np.First, "its") || np.OfPhrase is { } of && AnaphoricAid(p, of));

    /// <summary>
    /// "About $333 million is being released immediately" after a $3 billion loan: an amount alone, in the commitment's
    /// currency and less than it, is a share of that commitment.
    /// </summary>
    /// <remarks>(Not in a sentence that names another party: "the EU has quadrupled its aid; the latest €25 million was
    /// announced on Monday" is the EU's.)</remarks>
    private static bool ShareOf(SentenceParse p, Chunk np, EventDraft told)
    {
        if (np.Conjuncts is not null || p.AtomOf(np.Head) is not { Kind: AtomKind.Money, Money: { } share } || told.Commitment?.Amount is not { } whole
            || share.Currency != whole.Currency || share.Value >= whole.Value) return false;
        foreach (var m in p.Analysis.Mentions)
            if (m.Code is { } code && m.Kind is EntityKind.State or EntityKind.Body or EntityKind.Person && !told.ActorCodes.Contains(code) && !told.RecipientCodes.Contains(code))
                return false;
        return true;
    }

    /// <summary>"the package", "the new aid", "the assistance", "it": a phrase that refers back to resources just told.</summary>
    private bool AnaphoricAid(SentenceParse p, Chunk np) =>
        np.Conjuncts is null && np.PossessorEnd < 0 && p.AtomOf(np.Head) is null
        && (np.First == np.Head && p.Is(np.Head, "it")
            || (p.Is(np.First, "the") || p.Is(np.First, "this")) && p.Tags[np.Head] is Tag.NN && (_lexicon.ClassOfNoun(np.Lemma) & NounClass.Aid) != 0
            // ("The missiles will be shipped directly from US factories": the hardware just promised.)
            || (p.Is(np.First, "the") || p.Is(np.First, "these")) && p.Tags[np.Head] is Tag.NNS && np.Head == np.First + 1 && (_lexicon.ClassOfNoun(np.Lemma) & NounClass.Weapons) != 0);
}
