namespace Pledgewatch.Events;

// Negative judgements as accusations (ACCUSE): "… was deplorable" after a speaker, "called the decision dangerous".
public sealed partial class EventContext
{
    /// <summary>
    /// "Cleverly said Iran's support for the war was deplorable": a speaker's negative judgement of what a state did is
    /// an accusation of that state (PLOVER ACCUSE: criticise, denounce).
    /// </summary>
    private EventDraft? Judgement(SentenceView v)
    {
        for (int i = 2; i < v.Count; i++)
        {
            if (!EventWords.NegativeAdjective.Contains(v.Word(i))) continue;
            int be = i - 1;
            while (be > 0 && v.Word(be).EndsWith("ly", StringComparison.OrdinalIgnoreCase)) be--;
            if (!(v.Is(be, "was") || v.Is(be, "is") || v.Is(be, "were") || v.Is(be, "are"))) continue;
            var pseudo = new Trigger(i, i + 1, JudgementEntry);
            if (SpeakerBefore(v, pseudo) is not { } speaker || speaker.IsCommentator) continue;
            var target = v.Mentions.FirstOrDefault(m => m.First > speaker.End && m.End <= be && m.Code is not null && m.Code != speaker.Code);
            if (target is null) continue;
            var draft = NewDraft(v, pseudo, "ACCUSE", future: false);
            SetActors(draft, [speaker]);
            draft.Recipients = [target.Mention];
            draft.Contexts.Add("diplomatic");
            draft.Confidence = 0.6;
            return draft;
        }
        return null;
    }

    private static readonly TriggerEntry JudgementEntry = new("(judgement)", "ACCUSE", null, [], TriggerRole.Plain, Noun: false);

    /// <summary>"called the decision extremely dangerous": a negative judgement of its object.</summary>
    private static bool NegativeJudgement(SentenceView v, Trigger t)
    {
        for (int i = t.EndToken; i < Math.Min(v.Count, t.EndToken + 8) && v.Clause[i] == v.Clause[t.FirstToken]; i++)
            if (EventWords.NegativeAdjective.Contains(v.Word(i))) return true;
        return false;
    }
}
