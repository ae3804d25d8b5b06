namespace Pledgewatch.Reference;

/// <summary>
/// Folds Latin letters with diacritics to their base letter ("Kraków" → "Krakow", "Støre" → "Store"), by table:
/// the invariant-globalization build has no Unicode normalisation to lean on. Letters outside the table stay as
/// they are. Used when tables are loaded, never per token.
/// </summary>
internal static class Diacritics
{
    private const string From = "ÀÁÂÃÄÅĀĂĄàáâãäåāăąÇĆĈĊČçćĉċčĎĐďđÈÉÊËĒĔĖĘĚèéêëēĕėęěĜĞĠĢĝğġģĤĦĥħÌÍÎÏĨĪĬĮİìíîïĩīĭįıĴĵĶķĹĻĽĿŁĺļľŀłÑŃŅŇñńņňÒÓÔÕÖØŌŎŐòóôõöøōŏőŔŖŘŕŗřŚŜŞŠȘśŝşšșŢŤŦȚţťŧțÙÚÛÜŨŪŬŮŰŲùúûüũūŭůűųŴŵÝŸŶýÿŷŹŻŽźżž";
    private const string To = "AAAAAAAAAaaaaaaaaaCCCCCcccccDDddEEEEEEEEEeeeeeeeeeGGGGggggHHhhIIIIIIIIIiiiiiiiiiJjKkLLLLLlllllNNNNnnnnOOOOOOOOOoooooooooRRRrrrSSSSSsssssTTTTttttUUUUUUUUUUuuuuuuuuuuWwYYYyyyZZZzzz";

    public static char Fold(char c)
    {
        if (c < 'À') return c;
        int i = From.IndexOf(c);
        return i >= 0 ? To[i] : c;
    }

    /// <summary>The folded string; the same instance when nothing changes. "ß" → "ss", "æ" → "ae", "œ" → "oe".</summary>
    public static string Fold(string value)
    {
        int first = -1;
        for (int i = 0; i < value.Length; i++)
            if (value[i] >= 'À' && (Fold(value[i]) != value[i] || value[i] is 'ß' or 'æ' or 'Æ' or 'œ' or 'Œ')) { first = i; break; }
        if (first < 0) return value;
        var sb = new System.Text.StringBuilder(value.Length + 2);
        sb.Append(value, 0, first);
        for (int i = first; i < value.Length; i++)
        {
            char c = value[i];
            switch (c)
            {
                case 'ß': sb.Append("ss"); break;
                case 'æ': sb.Append("ae"); break;
                case 'Æ': sb.Append("Ae"); break;
                case 'œ': sb.Append("oe"); break;
                case 'Œ': sb.Append("Oe"); break;
                default: sb.Append(Fold(c)); break;
            }
        }
        return sb.ToString();
    }
}
