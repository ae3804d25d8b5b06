using System.Diagnostics;
using System.Text;
using Pledgewatch.Amounts;
using Pledgewatch.Sentences;

namespace Pledgewatch.Tests.Amounts;

/// <summary>
/// Runs both extractors over a few MB of generated report sentences. It asserts what was found (so it can fail)
/// and only prints the speed (best of five passes after warm-up): timings on a shared CI machine are not a contract.
/// To see the figure: run the test assembly with <c>-class Pledgewatch.Tests.Amounts.ThroughputTests -showliveoutput</c>.
/// </summary>
public sealed class ThroughputTests
{
    // Each template: text with {n} slots, money mentions and items it holds.
    private static readonly (string Template, int Money, int Items)[] Templates =
    [
        ("Ottawa announced ${n}.5 billion in financing and loan guarantees for Ukraine on Tuesday, the minister said.", 1, 0),
        ("The package, worth about US${n} million, includes {n} M777 howitzers and {n} more armoured personnel carriers.", 1, 2),
        ("Oslo agreed on NOK {n} billion for the Nansen programme, of which NOK {n} billion goes to civilian support.", 2, 0),
        ("Germany will deliver four more Leopard 2 battle tanks and {n} Gepard anti-aircraft guns by the end of the year.", 0, 2),
        ("Delegates from {n} countries met in Rome to discuss reconstruction, energy repairs and humanitarian relief.", 0, 0),
        ("The commission proposed a €{n} billion facility while {n} companies signed up to rebuild the power grid.", 1, 0),
        ("Sweden is sending {n}.3 billion Swedish crowns worth of kit, with about {n} CV90 infantry fighting vehicles.", 1, 1),
        ("In 2023 the ministry said prices rose {n}% and that billions of dollars would be needed for the F-16 programme.", 0, 0),
        ("Britain gave £{n}m to the food agency and a dozen drones to the border guards, officials confirmed.", 1, 1),
        ("The talks ended without agreement after {n} rounds of negotiations in the capital, a spokesman said.", 0, 0),
    ];

    [Fact]
    public void ExtractsEveryGeneratedMentionAndPrintsThroughput()
    {
        var (text, sentences, money, items) = Generate(targetChars: 4_000_000);
        var tokenized = new List<List<Token>>(sentences.Count);
        var clock = Stopwatch.StartNew();
        foreach (var sentence in sentences) tokenized.Add(Tokenizer.Tokenize(text, sentence));
        var tokenizing = clock.Elapsed;

        // Warm-up passes first: JIT tiers and lexicon loading are not throughput. Then the best of five passes.
        for (int pass = 0; pass < 3; pass++) Count(text, tokenized);
        var extracting = TimeSpan.MaxValue;
        (int Money, int Items) found = default;
        for (int pass = 0; pass < 5; pass++)
        {
            clock.Restart();
            found = Count(text, tokenized);
            if (clock.Elapsed < extracting) extracting = clock.Elapsed;
        }
        var (foundMoney, foundItems) = found;

        Assert.Equal(money, foundMoney);
        Assert.Equal(items, foundItems);
        double mb = Encoding.UTF8.GetByteCount(text) / 1_000_000.0;
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{mb:F1} MB, {sentences.Count} sentences: money+items {mb / extracting.TotalSeconds:F0} MB/s "
            + $"({extracting.TotalMilliseconds:F0} ms); tokenizing {mb / tokenizing.TotalSeconds:F0} MB/s");
    }

    private static (int Money, int Items) Count(string text, List<List<Token>> sentences)
    {
        int money = 0, items = 0;
        foreach (var tokens in sentences)
        {
            money += MoneyExtractor.Extract(text, tokens, "CAN").Count;
            items += ItemExtractor.Extract(text, tokens).Count;
        }
        return (money, items);
    }

    private static (string Text, List<TextSpan> Sentences, int Money, int Items) Generate(int targetChars)
    {
        var random = new Random(20260105);
        var builder = new StringBuilder(targetChars + 200);
        var sentences = new List<TextSpan>();
        int money = 0, items = 0;
        while (builder.Length < targetChars)
        {
            var (template, m, i) = Templates[random.Next(Templates.Length)];
            int start = builder.Length;
            int slot = 0;
            foreach (var part in template.Split("{n}"))
            {
                if (slot++ > 0) builder.Append(random.Next(2, 900));
                builder.Append(part);
            }
            sentences.Add(new TextSpan(start, builder.Length));
            builder.Append(' ');
            money += m;
            items += i;
        }
        return (builder.ToString(), sentences, money, items);
    }
}
