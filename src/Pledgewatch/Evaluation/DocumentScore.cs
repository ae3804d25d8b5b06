namespace Pledgewatch.Evaluation;

/// <summary>How one document's predictions fared against its gold file (the fields of score-events' per-document JSON).</summary>
public sealed record DocumentScore(
    string Doc,
    int TruePositives,
    int FalseNegatives,
    int FalsePositives,
    int OptionalMatched,
    int Predicted,
    IReadOnlyList<string> Missed,
    IReadOnlyList<string> Extra,
    IReadOnlyList<string> Forbidden,
    int CommitmentGold,
    int CommitmentFound,
    int CommitmentPredicted,
    int CommitmentPredictedCorrect);
