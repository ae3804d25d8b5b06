using System.CommandLine;
using System.Globalization;

namespace Pledgewatch.Cli.Commands;

/// <summary>
/// <c>pledgewatch explain FILE [--published] [--country]</c>: each sentence with what the stages found in it — entity
/// mentions and their codes, amounts, items, dates, tags, chunks and clauses, and each record with the frame row and attitude rule it came from — to see why a record came out as it did.
/// </summary>
internal static class ExplainCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "A report (text or HTML); - reads standard input." };
        var published = new Option<string?>("--published") { Description = "Publication date, YYYY-MM-DD." };
        var country = new Option<string?>("--country") { Description = "Outlet country, ISO3." };
        var command = new Command("explain", "Show, sentence by sentence, the entities, amounts, dates, syntax and records (with the frame row behind each) the coder found.") { file, published, country };
        command.SetAction(parse =>
        {
            var read = InputLoader.Load(Arguments.Paths([parse.GetValue(file)!])[0], Arguments.Date(parse.GetValue(published), "--published"),
                Arguments.Country(parse.GetValue(country)));
            if (read.Document is not { } document) throw new CliError(read.Error!);
            var pipeline = CodingPipeline.Create();
            var today = DateOnly.FromDateTime(DateTime.Now);
            var text = document.Text;
            var completed = pipeline.Complete(document);
            Console.WriteLine($"published {completed.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "unknown"}, outlet {completed.OutletCountry ?? "unknown"}, dateline {completed.Dateline ?? "none"}");
            int bodyStart = CodingPipeline.BodyStart(completed);
            foreach (var s in pipeline.Analyse(document, document.Published ?? today))
            {
                Console.WriteLine($"[{s.Sentence.Index}] {s.Sentence.TextOf(text)}");
                foreach (var m in s.Mentions)
                    Console.WriteLine($"    entity  {m.Text} → {m.Code ?? "?"} {m.Kind}/{m.Form}{(m.Sector is null ? "" : " " + m.Sector)}{(m.Possessive ? " 's" : "")}{(m.Name is null ? "" : " (" + m.Name + ")")}");
                foreach (var a in s.Money)
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    amount  {a.Text} → {a.Value:#,0.##} {a.Currency ?? "?"}{(a.Approximate ? " (approx.)" : "")}"));
                foreach (var i in s.Items) Console.WriteLine($"    items   {i.Quantity} × {i.Text}");
                foreach (var d in s.Dates)
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    date    {d.Text} → {d.From:yyyy-MM-dd}..{d.To:yyyy-MM-dd}{(d.Next is { } n ? $" (future: {n.From:yyyy-MM-dd}..{n.To:yyyy-MM-dd})" : "")}"));
                var parsed = pipeline.Parse(text, s, bodyStart);
                Console.WriteLine("    tags    " + Syntax.ParseFormatter.Tagged(parsed));
                Console.WriteLine("    chunks  " + Syntax.ParseFormatter.Chunks(parsed));
                foreach (var line in Syntax.ParseFormatter.Clauses(parsed)) Console.WriteLine("    clause  " + line);
            }
            Console.WriteLine("records");
            foreach (var r in pipeline.Code(document, document.Published ?? today))
                Console.WriteLine($"  {r.Id} {r.EventType}{(r.Mode is null ? "" : "/" + r.Mode)} {string.Join('+', r.Actor.Select(a => a.Code + "(" + a.Text + ")"))} → {string.Join('+', r.Recipient.Select(a => a.Code + "(" + a.Text + ")"))} {r.Date.From:yyyy-MM-dd}..{r.Date.To:yyyy-MM-dd}"
                    + $"{(r.Commitment?.Amount is { } m ? $" {m.Value} {m.Currency}" : "")}{(r.Commitment?.PartOf is { } po ? " part_of " + po : "")} [s{r.Evidence.Sentence}] {r.Explanation}");
            return ExitCodes.Success;
        });
        return command;
    }
}
