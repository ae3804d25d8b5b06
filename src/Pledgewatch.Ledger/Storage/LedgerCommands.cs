using System.Data.Common;

namespace Pledgewatch.Ledger.Storage;

/// <summary>
/// The statements of one transaction, each built once and run again with new values: SQLite then keeps the compiled
/// statement (preparing it took more time than running it), and Npgsql's auto-prepare keeps it on the server. The
/// writer's hot path (ingest, recode, part links) runs through this instead of Dapper, which builds, prepares and
/// binds every statement afresh. Not thread-safe, like the connection it wraps; dispose it before the transaction.
/// </summary>
internal sealed class LedgerCommands(DbConnection connection, DbTransaction transaction) : IDisposable
{
    private readonly Dictionary<string, DbCommand> _commands = new(StringComparer.Ordinal);

    public DbConnection Connection => connection;

    public DbTransaction Transaction => transaction;

    public int Execute(string sql, params ReadOnlySpan<(string Name, object? Value)> values) => Bind(sql, values).ExecuteNonQuery();

    /// <summary>The first column of the first row, or null (no row, or SQL NULL).</summary>
    public long? Scalar(string sql, params ReadOnlySpan<(string Name, object? Value)> values) =>
        Bind(sql, values).ExecuteScalar() is { } v and not DBNull ? Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture) : null;

    public DbDataReader Reader(string sql, params ReadOnlySpan<(string Name, object? Value)> values) => Bind(sql, values).ExecuteReader();

    public void Dispose()
    {
        foreach (var command in _commands.Values) command.Dispose();
        _commands.Clear();
    }

    /// <summary>The statement's command with <paramref name="values"/> bound; every use of a statement names its parameters in the same order.</summary>
    private DbCommand Bind(string sql, ReadOnlySpan<(string Name, object? Value)> values)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            command.Transaction = transaction;
            foreach (var (name, _) in values)
            {
                var p = command.CreateParameter();
                p.ParameterName = name;
                command.Parameters.Add(p);
            }
            _commands[sql] = command;
        }
        var parameters = command.Parameters;
        if (parameters.Count != values.Length) throw new InvalidOperationException($"statement bound with {values.Length} values, built with {parameters.Count}: {sql}");
        for (int i = 0; i < values.Length; i++)
        {
            var p = parameters[i];
            if (!string.Equals(p.ParameterName, values[i].Name, StringComparison.Ordinal))
                throw new InvalidOperationException($"parameter {i} is '{values[i].Name}', built as '{p.ParameterName}': {sql}");
            p.Value = values[i].Value ?? DBNull.Value;
        }
        return command;
    }
}
