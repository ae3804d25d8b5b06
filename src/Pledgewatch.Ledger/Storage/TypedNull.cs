using System.Data;

namespace Pledgewatch.Ledger.Storage;

/// <summary>
/// A null value of a known column type, for <see cref="LedgerCommands"/>: sent as NULL of that type instead of an
/// untyped NULL. Npgsql runs a statement unprepared when its values' types differ from those it was prepared with,
/// and an untyped null differs from a value: an entry without a package, or an audit row without a source, was parsed
/// and planned by the server afresh, the audit inserts at every execution (BENCHMARKS.md, "The writer, fifth pass").
/// SQLite binds it as NULL. Immutable; the instances are shared.
/// </summary>
internal sealed class TypedNull
{
    private TypedNull(DbType type) => Type = type;

    /// <summary>The type a value of the column is sent as (the provider's for a .NET string, long or double).</summary>
    public DbType Type { get; }

    public static readonly TypedNull Text = new(DbType.String);

    public static readonly TypedNull Int64 = new(DbType.Int64);

    public static readonly TypedNull Double = new(DbType.Double);

    /// <summary>The text, or a null typed as text.</summary>
    public static object Of(string? value) => value ?? (object)Text;

    /// <summary>The number, or a null typed as a 64-bit integer.</summary>
    public static object Of(long? value) => value is long v ? v : Int64;

    /// <summary>The number, or a null typed as a double.</summary>
    public static object Of(double? value) => value is double v ? v : Double;
}
