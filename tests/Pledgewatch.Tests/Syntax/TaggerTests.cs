using Pledgewatch.Syntax;

namespace Pledgewatch.Tests.Syntax;

/// <summary>The tagger on the forms the clause builder turns on: contractions, "to" + base form, participles as adjectives.</summary>
public sealed class TaggerTests
{
    [Fact]
    public void DidntSplitsIntoAuxiliaryAndNegatorAndLeavesABaseFormAfterIt()
    {
        var p = Parses.One("Mexico didn't sign the declaration.");
        Assert.Equal("VBD", TagOf(p, "didn"));
        Assert.True(p.Negation[IndexOf(p, "t")], Parses.Describe(p));
        Assert.Equal("VB", TagOf(p, "sign"));
    }

    [Fact]
    public void WontIsTheFutureModalAndTheWordAfterItAVerb()
    {
        var p = Parses.One("Slovakia won't supply fighter jets.");
        Assert.Equal("MD", TagOf(p, "won"));
        Assert.Equal("VB", TagOf(p, "supply"));
        var verb = p.Clauses[0].Verb!.Verb!;
        Assert.Equal((Tense.Future, true, "supply"), (verb.Tense, verb.Negated, verb.Lemma));
    }

    [Fact]
    public void WonWithoutNegationIsThePastOfWin()
    {
        var p = Parses.One("Kenya won the vote in the assembly.");
        Assert.Equal("VBD", TagOf(p, "won"));
        Assert.Equal("win", p.Clauses[0].Lemma);
    }

    [Fact]
    public void CouldntKeepsCouldAsTheModal()
    {
        var p = Parses.One("Kazakhstan couldn't confirm the figures.");
        Assert.Equal("VB", TagOf(p, "confirm"));
        Assert.Equal("could", p.Clauses[0].Verb!.Verb!.Modal);
    }

    [Fact]
    public void ToBeforeABaseFormIsTheInfinitiveMarker()
    {
        var p = Parses.One("Canada pledged to support the mission.");
        Assert.Equal(("TO", "VB"), (TagOf(p, "to"), TagOf(p, "support")));
    }

    [Fact]
    public void ToBeforeAPluralNounIsAPreposition()
    {
        var p = Parses.One("Iran agreed to talks in Oman.");
        Assert.Equal(("IN", "NNS"), (TagOf(p, "to"), TagOf(p, "talks")));
    }

    [Fact]
    public void PastFormBetweenPrepositionAndNounIsAnAdjectivalParticiple()
    {
        var p = Parses.One("The ministry demanded the return of deported children.");
        Assert.Equal("VBN", TagOf(p, "deported"));
        Assert.Single(p.Clauses);
    }

    [Fact]
    public void NounHyphenParticipleIsAnAdjective()
    {
        var p = Parses.One("Norway sent generators to the war-torn region.");
        Assert.Equal("JJ", TagOf(p, "torn"));
        Assert.Single(p.Clauses);
    }

    [Fact]
    public void ParticipleAfterBeIsPassive()
    {
        var p = Parses.One("The convoy was stopped at the border.");
        Assert.Equal("VBN", TagOf(p, "stopped"));
        Assert.True(p.Clauses[0].Verb!.Verb!.Passive);
    }

    private static int IndexOf(SentenceParse p, string word)
    {
        for (int i = 0; i < p.Count; i++)
            if (p.Word(i).SequenceEqual(word)) return i;
        throw new ArgumentException($"\"{word}\" is not in \"{p.Text}\"", nameof(word));
    }

    private static string TagOf(SentenceParse p, string word) => p.Tags[IndexOf(p, word)].Name();
}
