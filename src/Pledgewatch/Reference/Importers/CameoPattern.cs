namespace Pledgewatch.Reference.Importers;

/// <summary>A pattern line of a synonym block: its body (the words around the verb's <c>*</c>) and its code.</summary>
internal sealed record CameoPattern(string Body, CameoCode Code, int Line);
