using System.CommandLine;
using Pledgewatch.Comparisons.Rankings;
using Pledgewatch.Ledger;

namespace Pledgewatch.Cli.Commands;

/// <summary>The filter options <c>rank</c> and <c>claim</c> share, and their checks (one line, usage exit code).</summary>
internal sealed class ComparisonOptions
{
    public Option<string> Type { get; } = new("--type") { Description = "all, financial, military or humanitarian.", DefaultValueFactory = _ => "all" };
    public Option<string?> Stage { get; } = new("--stage") { Description = "pledged, committed or delivered (default: all three)." };
    public Option<string?> From { get; } = new("--from") { Description = "Only entries announced on or after this date (YYYY-MM-DD)." };
    public Option<string?> To { get; } = new("--to") { Description = "Only entries announced on or before this date (YYYY-MM-DD)." };
    public Option<string?> Recipient { get; } = new("--recipient") { Description = "Only entries whose recipients include this ISO3 or body code." };
    public Option<string> Dataset { get; } = DatasetOption();
    public Option<string?> Status { get; } = new("--status") { Description = "Review statuses counted, comma-separated: accepted, candidate, rejected (default: accepted,candidate)." };

    public ComparisonOptions()
    {
        Type.AcceptOnlyFromAmong(["all", .. ContributionKinds.Named]);
        Stage.AcceptOnlyFromAmong("pledged", "committed", "delivered");
    }

    public IEnumerable<Option> All => [Type, Stage, From, To, Recipient, Dataset, Status];

    /// <summary>
    /// <c>--dataset</c> (also <c>--source</c>, its name before datasets): news (the default), kiel, another import's
    /// name, or all for the combined view.
    /// </summary>
    public static Option<string> DatasetOption(string what = "counted") => new("--dataset", "--source")
    {
        Description = $"The dataset {what}: news (coded reports, the default), kiel (the tracker's import), another import's name, or all (every dataset, a commitment counted once).",
        DefaultValueFactory = _ => Ledger.Dataset.News,
    };

    /// <summary>The value of a <see cref="DatasetOption"/>, checked: a dataset name or "all".</summary>
    public static string CheckDataset(string? value)
    {
        var name = (value ?? Ledger.Dataset.News).Trim().ToLowerInvariant();
        if (name == Ledger.Dataset.All || Ledger.Dataset.Problem(name) is null) return name;
        throw new CliError($"--dataset: {Ledger.Dataset.Problem(name)}", ExitCodes.Usage);
    }

    public RankFilter Filter(ParseResult parse)
    {
        var from = Arguments.Date(parse.GetValue(From), "--from");
        var to = Arguments.Date(parse.GetValue(To), "--to");
        if (from > to) throw new CliError("--from is after --to", ExitCodes.Usage);
        var recipient = parse.GetValue(Recipient);
        if (recipient is not null && !(recipient.Length is >= 2 and <= 4 && recipient.All(char.IsAsciiLetter)))
            throw new CliError($"--recipient takes an ISO 3166-1 alpha-3 code such as UKR, or a body code such as EU, not '{recipient}'", ExitCodes.Usage);
        var statuses = parse.GetValue(Status)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => s.ToLowerInvariant()).ToList();
        if (statuses?.FirstOrDefault(s => !EntryStatus.IsValid(s)) is { } bad)
            throw new CliError($"--status takes accepted, candidate, rejected or orphaned (comma-separated), not '{bad}'", ExitCodes.Usage);
        var type = parse.GetValue(Type);
        return new RankFilter(type == "all" ? null : type, parse.GetValue(Stage), from, to, recipient?.ToUpperInvariant(), CheckDataset(parse.GetValue(Dataset)),
            RankFilter.StatusesOf(statuses));
    }
}
