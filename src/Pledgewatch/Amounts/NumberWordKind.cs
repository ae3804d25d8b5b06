namespace Pledgewatch.Amounts;

/// <summary>The role of a number word in amounts-numbers.tsv.</summary>
internal enum NumberWordKind : byte
{
    /// <summary>"one" .. "nineteen".</summary>
    Unit,
    /// <summary>"twenty" .. "ninety"; may take a unit ("twenty-five").</summary>
    Tens,
    /// <summary>"hundred": multiplies what stands before it, and may take a unit after it.</summary>
    Hundred,
    /// <summary>"dozen", "thousand", "million", "billion", "trillion": multiplies the number before it.</summary>
    Scale,
    /// <summary>"k", "m", "bn", "tn": a scale written short, read only after digits and only for money.</summary>
    Abbrev,
    /// <summary>"half" in "half a billion".</summary>
    Half,
}
