using Pledgewatch.Amounts;
using Pledgewatch.Entities;

namespace Pledgewatch.Events;

/// <summary>An event being built from one sentence; merged with repeats and completed at the end of the document.</summary>
internal sealed class EventDraft
{
    public required string Category { get; set; }

    /// <summary>The category of a draft that repeats the act before it ("followed suit"), until the discourse fills it.</summary>
    public const string Echo = "ECHO";
    public string? Mode { get; set; }
    public SortedSet<string> Contexts { get; } = new(StringComparer.Ordinal);
    public List<Mention> Actors { get; set; } = [];
    public List<Mention> Recipients { get; set; } = [];
    public required int SentenceIndex { get; init; }
    public required TextSpan Evidence { get; init; }
    /// <summary>The clause of the trigger within its sentence: two events of one kind in one clause are one event.</summary>
    public required int Clause { get; init; }

    /// <summary>The token where the trigger starts in its sentence.</summary>
    public int TriggerAt { get; init; }

    /// <summary>The date when the sentence gave one; null means "the report's news day" (set at the end).</summary>
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public string? DateText { get; set; }

    public Mention? Location { get; set; }

    /// <summary>Non-null for commitments: resources promised, given, sought or withdrawn.</summary>
    public CommitmentDraft? Commitment { get; set; }

    /// <summary>Non-null for SANCTION events.</summary>
    public SanctionDraft? Sanction { get; set; }

    public double Confidence { get; set; } = 0.7;

    /// <summary>The actor came from the discourse (an agentless sanction's actor is whoever imposes the report's sanctions).</summary>
    public bool ActorInferred { get; set; }

    /// <summary>"The package is worth $500 million": the commitment this draft's amount describes, told just before
    /// without an amount; the discourse gives it the amount instead of keeping this draft.</summary>
    public EventDraft? Describes { get; set; }

    public bool Future { get; set; }

    /// <summary>Stated in a relative clause ("Meloni, who met Zelensky last month, …"): background, whose date frames nothing after it.</summary>
    public bool InRelativeClause { get; init; }

    /// <summary>Told in the past perfect ("had vetoed the plan in December"): a step back from the story, whose date the
    /// sentences after it do not go on in.</summary>
    public bool PastPerfect { get; init; }

    /// <summary>A demand, welcome, accusation or refusal a main clause makes in the present simple ("The Government calls
    /// on its creditors …", "We call on all parties …"): made at the time of the report, not of the paragraph's story.</summary>
    public bool SaidNow { get; init; }

    /// <summary>Told in a "because" clause: the cause's time does not become the paragraph's.</summary>
    public bool GivesCause { get; init; }

    /// <summary>The text of a date the sentence gives to the act this draft reacts to ("appalled by the strike on Sunday
    /// night on a camp"): that date is the act's, so it does not set the time of the paragraph either.</summary>
    public string? ReferredActDate { get; set; }

    /// <summary>Resources of a deal whose frame gives no direction ("signed a $12 billion deal with KIA"): who gives is unknown;
    /// or, without resources, an act aimed at no one beyond its actors ("war broke out between the army and the RSF").</summary>
    public bool Undirected { get; set; }

    /// <summary>A commitment whose own clause gives it to people of no state named ("to the families of the victims").</summary>
    public bool HelpsUnnamedPeople { get; set; }

    /// <summary>An amount put to a use ("$25 million will go to the WFP"): a part of the commitment it describes, or nothing.</summary>
    public bool Allocated { get; set; }

    /// <summary>"called on other partners to …", "urged partners to …": a demand on parties it does not name, which takes
    /// no recipient from the report.</summary>
    public bool AddressesOthers { get; set; }

    /// <summary>"Scholz refused to supply the Taurus": a refusal to give, whose party is whom the report's aid is for.</summary>
    public bool RefusesResources { get; set; }

    /// <summary>"Canberra will also send …": more of an announcement already made, not a new one.</summary>
    public bool Also { get; set; }

    /// <summary>
    /// A reaction to an act referred back to ("Tehran called the decision illegal"): whose act it was is found in the
    /// report when the sentence names no one. Holds the category the act must have, or "" for any act.
    /// </summary>
    public string? ReactsTo { get; set; }

    /// <summary>The noun that refers back to the act ("conference" in "condemned the conference"), when there is one.</summary>
    public string? ReactsToNoun { get; set; }

    /// <summary>An act at home judged by a state: its own people, unless the report told before who did the act.</summary>
    public Mention? HomeRecipient { get; set; }

    /// <summary>Which frame and which attitude rule made this draft (for <c>pledgewatch explain</c>).</summary>
    public string Explanation { get; set; } = "";

    /// <summary>The draft of the package or joint commitment whose amount includes this one (EVENTS.md: part_of).</summary>
    public EventDraft? PartOf { get; set; }

    /// <summary>"unveiled further support": a commitment named only by a general noun, to fold into a quantified one nearby.</summary>
    public bool Vague { get; set; }

    /// <summary>"The next day …": days from the time of the paragraph (or the last dated event), set when the sentence has no date of its own.</summary>
    public int? RelativeDays { get; set; }

    /// <summary>"Over the following days": how many days more than <see cref="RelativeDays"/> the time told spans.</summary>
    public int RelativeSpan { get; set; }

    /// <summary>"Hours after the signing": the act (a verb's lemma) whose date, plus <see cref="RelativeDays"/>, dates this one.</summary>
    public string? AfterAct { get; set; }

    /// <summary>The lemma of the trigger ("freeze", "close", "sanction"): acts of one category but different kinds stay apart.</summary>
    public string TriggerLemma { get; set; } = "";

    /// <summary>The lemma of the verb of the draft's clause ("provide" for "provided €1.7 billion"), whatever triggered it.</summary>
    public string? VerbLemma { get; init; }

    /// <summary>True when the trigger is a noun ("sanctions", "the meeting"): a noun often restates an act told before.</summary>
    public bool NounTrigger { get; set; }

    /// <summary>The first token of the object of the draft's clause when the clause has one of its own and a finite verb,
    /// else -1: acts of one kind told by two such clauses of one sentence are two ("detained … and arrested …").</summary>
    public int OwnObjectAt { get; init; } = -1;

    /// <summary>States the sentence names after the trigger: the last resort for a demand's addressee.</summary>
    public List<Mention>? NamedAfter { get; set; }

    /// <summary>Inferred from another event rather than stated ("signed together" implies a meeting): yields to a stated one.</summary>
    public bool Implied { get; set; }

    /// <summary>The clause says "here" ("I met Colombia's foreign minister here on Monday"): where the report was filed.</summary>
    public bool SaidHere { get; set; }

    /// <summary>
    /// "Biden met Duda in Warsaw": the parties a meeting's subject met (its object or "with" phrase). The draft keeps all
    /// sides as its actors for the discourse ("the two leaders agreed …"); the record names the subject's side as actor
    /// and these as recipients.
    /// </summary>
    public List<Mention>? MetWith { get; set; }

    /// <summary>The record id given when the draft is written out.</summary>
    public string? Id { get; set; }

    public IEnumerable<string?> ActorCodes => Actors.Select(a => a.Code);
    public IEnumerable<string?> RecipientCodes => Recipients.Select(a => a.Code);
}

internal sealed class CommitmentDraft
{
    public MoneyMention? Amount { get; set; }
    public List<string> Instruments { get; } = [];
    public string? Purpose { get; set; }
    public List<ItemMention> Items { get; } = [];
    public required string Stage { get; set; }

    /// <summary>Adds an item unless the same count of the same thing is already there.</summary>
    public void AddItem(ItemMention item)
    {
        if (!Items.Exists(x => x.Quantity == item.Quantity && x.Text == item.Text)) Items.Add(item);
    }

    /// <summary>
    /// Gives a commitment told without an amount the amount another sentence states for it: no longer only in kind, and
    /// financing unless a financial instrument is named (EVENTS.md, Commitments).
    /// </summary>
    public void TakeAmount(MoneyMention money, IEnumerable<string> instruments)
    {
        Amount = money;
        var named = instruments.ToList();
        if (!named.Contains("in_kind")) Instruments.Remove("in_kind");
        foreach (var i in named) if (!Instruments.Contains(i)) Instruments.Add(i);
        if (!Instruments.Exists(SentenceCoder.IsFinancial)) Instruments.Add("financing");
    }
}

internal sealed class SanctionDraft
{
    public List<Mention> Targets { get; } = [];
    public int? Count { get; set; }

    /// <summary>designation, trade, visa, transport or diplomatic: measures of different kinds are different events.</summary>
    public string Kind { get; set; } = "designation";
}
