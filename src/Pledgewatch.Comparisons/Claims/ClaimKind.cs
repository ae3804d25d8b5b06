namespace Pledgewatch.Comparisons.Claims;

/// <summary>The shape of a comparative claim.</summary>
internal enum ClaimKind
{
    /// <summary>Not read as a comparison: the verdict is cannot tell.</summary>
    Unread,

    /// <summary>"X is one of the N largest …", "X is the second-largest …": a place in a ranking.</summary>
    Rank,

    /// <summary>"X gave more than Y": one actor's figure against another's.</summary>
    MoreThan,

    /// <summary>"X gave less than Y".</summary>
    LessThan,
}
