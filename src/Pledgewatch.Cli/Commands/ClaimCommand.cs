using System.CommandLine;
using System.Text;
using System.Text.Json;
using Pledgewatch.Comparisons.Claims;
using Pledgewatch.Comparisons.Rankings;
using Pledgewatch.Comparisons.Reference;
using Pledgewatch.Comparisons.Storage;

namespace Pledgewatch.Cli.Commands;

/// <summary>
/// <c>pledgewatch claim "TEXT" [--dataset news|kiel|all|NAME] [--from --to] [--format text|json]</c>: reads a comparative claim,
/// checks it against the ledger's rankings and prints the reading, the verdict and the figures. JSON:
/// <c>{verdict: supported|not_supported|cannot_tell, reading: {…}, figures: [{rank, actor, name, value, unit}], reason}</c>.
/// Exit 0 whatever the verdict (a verdict is an answer); 2 for a bad command line.
/// </summary>
internal static class ClaimCommand
{
    public static Command Create()
    {
        var text = new Argument<string>("TEXT") { Description = "The claim, e.g. \"Canada is one of the largest per capita contributors to Ukraine's recovery\"." };
        var format = new Option<string>("--format") { Description = "text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var filters = new ComparisonOptions();
        var db = LedgerAccess.DbOption();
        var command = new Command("claim", "Check a comparative claim against the ledger.") { text, format, db };
        foreach (var o in new Option[] { filters.From, filters.To, filters.Dataset, filters.Recipient, filters.Stage }) command.Options.Add(o);
        command.SetAction(parse =>
        {
            var claim = parse.GetValue(text)!;
            if (string.IsNullOrWhiteSpace(claim)) throw new CliError("claim: the claim is empty", ExitCodes.Usage);
            var scope = filters.Filter(parse);
            var reference = ComparisonReference.Default;
            var ledger = LedgerAccess.OpenExisting(parse.GetValue(db));
            LedgerAccess.RequireDataset(ledger, scope.Dataset);
            var store = new ComparisonStore(ledger, reference);
            var ranker = new Ranker(store);
            var reading = new ClaimReader(ClaimLexicon.Load(reference.Actors)).Read(claim);
            var result = new ClaimChecker(ranker.Rank).Check(reading, scope);
            Console.Write(parse.GetValue(format) == "json" ? Json(result, reference.Actors) + "\n" : Text(result, reference.Actors, scope));
            return ExitCodes.Success;
        });
        return command;
    }

    internal static string Json(ClaimResult result, ActorDirectory actors)
    {
        var r = result.Reading;
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("verdict", ClaimResult.Name(result.Verdict));
            w.WriteStartObject("reading");
            w.WriteString("text", r.Text);
            w.WriteString("kind", r.Kind switch { ClaimKind.Rank => "rank", ClaimKind.MoreThan => "more_than", ClaimKind.LessThan => "less_than", _ => "unread" });
            WriteNullable(w, "actor", r.Actor);
            WriteNullable(w, "actor_name", r.Actor is null ? null : actors.Name(r.Actor));
            WriteNullable(w, "other", r.Other);
            w.WriteString("metric", RankMetrics.Name(r.Metric));
            w.WriteString("unit", RankMetrics.Unit(r.Metric));
            w.WriteString("type", r.Type);
            WriteNullable(w, "stage", r.Stage);
            WriteNullable(w, "recipient", r.Recipient);
            if (r.Threshold is int t) w.WriteNumber("rank_threshold", t); else w.WriteNull("rank_threshold");
            w.WriteBoolean("exact_rank", r.ExactRank);
            w.WriteString("direction", r.Largest ? "largest" : "smallest");
            w.WriteBoolean("negated", r.Negated);
            w.WriteStartArray("notes");
            foreach (var n in r.Notes) w.WriteStringValue(n);
            w.WriteEndArray();
            w.WriteStartArray("problems");
            foreach (var p in r.Problems) w.WriteStringValue(p);
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteStartArray("figures");
            foreach (var f in result.Figures) RankCommand.WriteRow(w, f, withExcluded: false);
            w.WriteEndArray();
            w.WriteNumber("ranked", result.Ranked);
            w.WriteString("reason", result.Reason);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name); else w.WriteString(name, value);
    }

    private static string Text(ClaimResult result, ActorDirectory actors, RankFilter scope)
    {
        var r = result.Reading;
        var sb = new StringBuilder();
        sb.Append($"claim:    {r.Text}\n");
        var what = r.Kind switch
        {
            ClaimKind.Rank when r.ExactRank => $"rank {r.Threshold} ({(r.Largest ? "largest" : "smallest")} first)",
            ClaimKind.Rank => $"among the top {r.Threshold} ({(r.Largest ? "largest" : "smallest")} first)",
            ClaimKind.MoreThan => $"more than {r.Other}",
            ClaimKind.LessThan => $"less than {r.Other}",
            _ => "not read",
        };
        var actor = r.Actor is null ? "?" : $"{r.Actor} ({actors.Name(r.Actor)})";
        sb.Append($"reading:  actor {actor}; {what}{(r.Negated ? ", negated" : "")}; metric {RankMetrics.Name(r.Metric)} ({RankMetrics.Unit(r.Metric)}); " +
                  $"type {r.Type}; stage {r.Stage ?? "any"}; recipient {r.Recipient ?? "any"}; {RankTitle.Dataset(scope.Dataset)}\n");
        foreach (var n in r.Notes) sb.Append($"          note: {n}\n");
        sb.Append($"verdict:  {ClaimResult.Name(result.Verdict)}: {result.Reason}\n");
        if (result.Figures.Count > 0) sb.Append($"figures ({result.Ranked} contributors ranked):\n");
        foreach (var f in result.Figures)
            sb.Append($"  {f.Rank,3}  {f.Actor,-4} {f.Name,-16} {RankMetrics.Format(r.Metric, f.Value),24}   {f.Basis}\n");
        return sb.ToString();
    }
}
