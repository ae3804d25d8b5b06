namespace Pledgewatch.Reference.Importers;

/// <summary>A verb of a synonym block, as written: <c>+CORDON_OFF {+CORDONED_OFF …} [code]</c>.</summary>
/// <param name="Forms">The irregular forms of its braces; null without braces (regular), empty for <c>{}</c> (no other form).</param>
/// <param name="Code">Its own code, or null to take the block's.</param>
internal sealed record CameoVerb(string Word, IReadOnlyList<string>? Forms, CameoCode? Code, int Line);
