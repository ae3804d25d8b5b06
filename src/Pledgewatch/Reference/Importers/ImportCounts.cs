using System.Globalization;

namespace Pledgewatch.Reference.Importers;

/// <summary>Named counters of an import (rows read, written, dropped by reason), in the order they were first used.</summary>
internal sealed class ImportCounts
{
    private readonly List<string> _names = [];
    private readonly Dictionary<string, int> _values = new(StringComparer.Ordinal);

    public void Add(string name, int by = 1)
    {
        if (!_values.ContainsKey(name)) _names.Add(name);
        _values[name] = _values.GetValueOrDefault(name) + by;
    }

    public void Set(string name, int value)
    {
        if (!_values.ContainsKey(name)) _names.Add(name);
        _values[name] = value;
    }

    public int this[string name] => _values.GetValueOrDefault(name);

    /// <summary>"source: name 12, name 3, …" for standard output.</summary>
    public string Format(string source) =>
        source + ": " + string.Join(", ", _names.Select(n => n + " " + _values[n].ToString(CultureInfo.InvariantCulture)));
}
