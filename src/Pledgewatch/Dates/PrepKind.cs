namespace Pledgewatch.Dates;

/// <summary>How a leading preposition changes the reading of the date phrase after it.</summary>
internal enum PrepKind : byte
{
    /// <summary>No preposition.</summary>
    None,
    /// <summary>"on", "in", "at", "since", "during": the phrase's own reading.</summary>
    Plain,
    /// <summary>"by", "until": a deadline, so the future reading wins when it is near ("by Friday").</summary>
    Deadline,
    /// <summary>"from": may open a range closed by "to"/"until"/"through".</summary>
    From,
    /// <summary>"between": opens a range closed by "and".</summary>
    Between,
}
