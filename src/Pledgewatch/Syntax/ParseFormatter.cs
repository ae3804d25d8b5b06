using System.Text;

namespace Pledgewatch.Syntax;

/// <summary>The parse of a sentence as text for people (<c>pledgewatch explain</c>, the syntax case tests' messages).</summary>
public static class ParseFormatter
{
    /// <summary>Tokens with their tags: "Canada/ATOM will/MD give/VB …".</summary>
    public static string Tagged(SentenceParse p)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < p.Count; i++)
        {
            if (i > 0) sb.Append(' ');
            sb.Append(p.Word(i)).Append('/').Append(p.Tags[i] == Tag.Atom ? p.AtomOf(i)!.Kind.ToString().ToUpperInvariant() : p.Tags[i].Name());
        }
        return sb.ToString();
    }

    /// <summary>Chunks in brackets: "[NP Canada] [VG will give] [NP Moldova] [NP $40 million] [PP in] …".</summary>
    public static string Chunks(SentenceParse p)
    {
        var sb = new StringBuilder();
        foreach (var c in p.Chunks)
        {
            if (sb.Length > 0) sb.Append(' ');
            string label = c.Kind switch
            {
                ChunkKind.Noun => "NP",
                ChunkKind.Verb => "VG",
                ChunkKind.Prep => "P",
                ChunkKind.Date => "DATE",
                ChunkKind.Adverb => "ADV",
                ChunkKind.Conj => "CC",
                ChunkKind.Subord => "SUB",
                ChunkKind.Relative => "REL",
                ChunkKind.Complementizer => "COMP",
                _ => "",
            };
            if (label.Length == 0) sb.Append(p.TextOf(c));
            else sb.Append('[').Append(label).Append(' ').Append(p.TextOf(c)).Append(']');
        }
        return sb.ToString();
    }

    /// <summary>One line per clause: kind, parent, verb (lemma, tense, voice, modal, negation) and relations.</summary>
    public static IEnumerable<string> Clauses(SentenceParse p)
    {
        foreach (var c in p.Clauses)
        {
            var sb = new StringBuilder();
            sb.Append('#').Append(c.Index).Append(' ').Append(c.Kind.ToString().ToLowerInvariant());
            if (c.Parent >= 0) sb.Append(" of #").Append(c.Parent);
            if (c.Opener is not null) sb.Append(" (").Append(c.Opener).Append(')');
            if (c.Verb?.Verb is { } v)
            {
                sb.Append(": ").Append(v.Lemma);
                if (v.Particle is not null) sb.Append(' ').Append(v.Particle);
                sb.Append(" [").Append(v.Tense.ToString().ToLowerInvariant());
                if (v.Passive) sb.Append(", passive");
                if (v.Perfect) sb.Append(", perfect");
                if (v.Progressive) sb.Append(", progressive");
                if (v.Modal is not null) sb.Append(", ").Append(v.Modal);
                if (v.Negated) sb.Append(", negated");
                if (v.Infinitive) sb.Append(", infinitive");
                if (v.Participle) sb.Append(", participle");
                sb.Append(']');
                if (c.Gapped) sb.Append(" (gapped)");
            }
            Role(sb, p, "subj", c.Subject, c.SubjectInherited);
            Role(sb, p, "iobj", c.IndirectObject);
            Role(sb, p, "obj", c.Object);
            Role(sb, p, "obj2", c.SecondObject);
            Role(sb, p, "agent", c.Agent);
            Role(sb, p, "antecedent", c.Antecedent);
            foreach (var o in c.Obliques) Role(sb, p, o.Preposition, o.Object);
            foreach (var d in c.Dates) sb.Append(" date=\"").Append(p.TextOf(d)).Append('"');
            yield return sb.ToString();
        }
    }

    /// <summary>A phrase's text with its conjuncts joined by " + " ("France + Italy"); null for no phrase.</summary>
    public static string? Phrase(SentenceParse p, Chunk? chunk) =>
        chunk is null ? null : chunk.Conjuncts is { } more ? string.Join(" + ", chunk.WithConjuncts().Select(p.TextOf)) : p.TextOf(chunk);

    private static void Role(StringBuilder sb, SentenceParse p, string name, Chunk? chunk, bool inherited = false)
    {
        if (chunk is null) return;
        sb.Append(' ').Append(name).Append(inherited ? "^" : "").Append("=\"").Append(Phrase(p, chunk)).Append('"');
    }
}
