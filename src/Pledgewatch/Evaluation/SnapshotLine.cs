namespace Pledgewatch.Evaluation;

/// <summary>
/// One record of the records snapshot: the corpus folder, the document and the record's id, then its other columns
/// (<see cref="RecordSnapshot.Columns"/>) tab-separated in <see cref="Fields"/>.
/// </summary>
internal sealed record SnapshotLine(string Corpus, string Doc, string Id, string Fields)
{
    public string Text => Corpus + "\t" + Doc + "\t" + Id + "\t" + Fields;

    /// <summary>The value of column <paramref name="index"/> of <see cref="Fields"/> (0 = event_type).</summary>
    public string Field(int index)
    {
        var f = Fields.Split('\t');
        return index < f.Length ? f[index] : "";
    }

    /// <summary>Document order of record ids: "e2" before "e10"; ids without a number after the others, by text.</summary>
    public static int CompareIds(string a, string b)
    {
        static (string Prefix, long Number) Key(string id)
        {
            int i = id.Length;
            while (i > 0 && char.IsAsciiDigit(id[i - 1])) i--;
            return i < id.Length && i >= id.Length - 18 ? (id[..i], long.Parse(id[i..], System.Globalization.CultureInfo.InvariantCulture)) : (id, long.MaxValue);
        }
        var (pa, na) = Key(a);
        var (pb, nb) = Key(b);
        int c = string.CompareOrdinal(pa, pb);
        return c != 0 ? c : na != nb ? na.CompareTo(nb) : string.CompareOrdinal(a, b);
    }
}
