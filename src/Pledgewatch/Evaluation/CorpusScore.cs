using System.Globalization;
using System.Text;

namespace Pledgewatch.Evaluation;

/// <summary>Totals over a corpus, and the report in the exact wording of <c>../shared/tools/score-events</c>.</summary>
public sealed record CorpusScore(IReadOnlyList<DocumentScore> Documents)
{
    public int TruePositives => Documents.Sum(d => d.TruePositives);
    public int FalsePositives => Documents.Sum(d => d.FalsePositives);
    public int FalseNegatives => Documents.Sum(d => d.FalseNegatives);
    public int ForbiddenCount => Documents.Sum(d => d.Forbidden.Count);

    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);
    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);
    public double F1 => Harmonic(Precision, Recall);

    public double CommitmentPrecision => Ratio(Documents.Sum(d => d.CommitmentPredictedCorrect), Documents.Sum(d => d.CommitmentPredicted));
    public double CommitmentRecall => Ratio(Documents.Sum(d => d.CommitmentFound), Documents.Sum(d => d.CommitmentGold));
    public double CommitmentF1 => Harmonic(CommitmentPrecision, CommitmentRecall);

    private static double Ratio(int a, int b) => b == 0 ? 0.0 : (double)a / b;
    private static double Harmonic(double p, double r) => p + r == 0 ? 0.0 : 2 * p * r / (p + r);

    public string Format(bool verbose)
    {
        var s = new StringBuilder();
        foreach (var d in Documents)
        {
            s.Append(CultureInfo.InvariantCulture,
                $"{d.Doc}: tp={d.TruePositives} fn={d.FalseNegatives} fp={d.FalsePositives} (optional matched {d.OptionalMatched}, predicted {d.Predicted})\n");
            if (!verbose) continue;
            foreach (var m in d.Missed) s.Append("    missed   ").Append(m).Append('\n');
            foreach (var x in d.Extra) s.Append("    extra    ").Append(x).Append('\n');
            foreach (var f in d.Forbidden) s.Append("    FORBIDDEN ").Append(f).Append('\n');
        }
        s.Append(FormatTotals()).Append('\n');
        return s.ToString();
    }

    /// <summary>The closing line of <see cref="Format"/>: event and commitment figures and forbidden records, without a newline.</summary>
    public string FormatTotals() => string.Create(CultureInfo.InvariantCulture,
        $"events: precision {Precision:F3} recall {Recall:F3} F1 {F1:F3} over {Documents.Count} documents; "
        + $"commitments: precision {CommitmentPrecision:F3} recall {CommitmentRecall:F3} F1 {CommitmentF1:F3}; forbidden records {ForbiddenCount}");

    /// <summary>One row of the per-folder table of <c>pledgewatch eval</c> with several folders, under <see cref="TableHeader"/>.</summary>
    public string FormatRow(string name) => string.Create(CultureInfo.InvariantCulture,
        $"{name,-12} {Documents.Count,5}  {Precision:F3} / {Recall:F3} / {F1:F3}   {CommitmentPrecision:F3} / {CommitmentRecall:F3} / {CommitmentF1:F3}   {ForbiddenCount,9}");

    public static string TableHeader { get; } =
        $"{"folder",-12} {"docs",5}  {"events P / R / F1",-21}   {"commitments P / R / F1",-21}   {"forbidden",9}";
}
