using System.Buffers;
using System.Collections;
using System.Data.Common;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Pledgewatch.Ledger.Storage.Sqlite;

/// <summary>
/// One statement of the writer's, prepared once on the connection's SQLite handle and run again and again through
/// SQLite's own calls (<see cref="LedgerCommands"/>): its parameters are found once, at preparation, and bound by
/// position. Microsoft.Data.Sqlite looks every parameter up by name and makes a command, a reader and their bindings
/// at every execution; for the writer's twenty-odd statements per document, that was about a fifth of its time
/// (BENCHMARKS.md, "The writer, fourth pass"). The statement runs inside the connection's transaction like any other:
/// SQLite's transactions belong to the connection, not to a command. Values are bound as Microsoft.Data.Sqlite binds
/// them for the types the writer uses (text, integers, reals, null); any other type is refused. Not thread-safe.
/// </summary>
internal sealed class SqliteStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    private readonly string _sql;

    /// <summary>For each value, in the order the callers give them, its parameter's position in the statement (from 1).</summary>
    private readonly int[] _positions;

    private readonly string[] _names;

    public SqliteStatement(sqlite3 db, string sql, ReadOnlySpan<(string Name, object? Value)> values)
    {
        _db = db;
        _sql = sql;
        Check(raw.sqlite3_prepare_v2(db, sql, out _statement, out string tail));
        if (_statement.IsInvalid || !string.IsNullOrWhiteSpace(tail))
        {
            _statement.Dispose();
            throw new ArgumentException($"one statement was expected: {sql}", nameof(sql));
        }
        _positions = new int[values.Length];
        _names = new string[values.Length];
        var named = new bool[raw.sqlite3_bind_parameter_count(_statement) + 1];
        for (int i = 0; i < values.Length; i++)
        {
            _names[i] = values[i].Name;
            _positions[i] = raw.sqlite3_bind_parameter_index(_statement, "@" + values[i].Name);
            named[_positions[i]] = true;
        }
        // As Microsoft.Data.Sqlite: a parameter of the statement that no value names is an error, not a silent NULL.
        for (int position = 1; position < named.Length; position++)
            if (!named[position]) throw new InvalidOperationException($"no value for {raw.sqlite3_bind_parameter_name(_statement, position).utf8_to_string()}: {sql}");
    }

    /// <summary>Runs the statement with <paramref name="values"/> to its end; <paramref name="read"/>, when given, reads its rows.</summary>
    /// <exception cref="SqliteException">SQLite refused the statement; its changes are undone (the transaction goes on).</exception>
    public void Run(ReadOnlySpan<(string Name, object? Value)> values, Action<DbDataReader>? read)
    {
        Bind(values);
        try
        {
            var rows = new Rows(this);
            read?.Invoke(rows);
            // To the end, once: a step after the last one would run the statement again.
            while (rows.Read()) { }
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    /// <summary>The first column of the first row, or null (no row, or SQL NULL), running the statement to its end.</summary>
    public object? Scalar(ReadOnlySpan<(string Name, object? Value)> values)
    {
        object? value = null;
        Run(values, rows => value = rows.Read() ? rows.GetValue(0) : null);
        return value is DBNull ? null : value;
    }

    public void Dispose() => _statement.Dispose();

    private void Bind(ReadOnlySpan<(string Name, object? Value)> values)
    {
        if (values.Length != _positions.Length) throw new InvalidOperationException($"statement bound with {values.Length} values, prepared with {_positions.Length}: {_sql}");
        for (int i = 0; i < values.Length; i++)
        {
            if (!string.Equals(values[i].Name, _names[i], StringComparison.Ordinal))
                throw new InvalidOperationException($"value {i} is '{values[i].Name}', prepared as '{_names[i]}': {_sql}");
            int position = _positions[i];
            if (position == 0) continue; // a value the statement does not use, as Microsoft.Data.Sqlite allows
            Check(values[i].Value switch
            {
                null or DBNull or TypedNull => raw.sqlite3_bind_null(_statement, position),
                string s => BindText(position, s),
                long n => raw.sqlite3_bind_int64(_statement, position, n),
                int n => raw.sqlite3_bind_int64(_statement, position, n),
                bool b => raw.sqlite3_bind_int64(_statement, position, b ? 1 : 0),
                double d => raw.sqlite3_bind_double(_statement, position, d),
                var other => throw new NotSupportedException($"a value of type {other.GetType().Name} for @{values[i].Name}: {_sql}"),
            });
        }
    }

    /// <summary>
    /// Binds a text as its UTF-8 bytes, written into a buffer rented from the shared pool and handed back at once:
    /// SQLite copies a text bound with an explicit length (SQLITE_TRANSIENT) before the call returns. The string overload
    /// of SQLitePCLRaw made a new array of each text's bytes, for every document's text, record JSON and evidence (about
    /// 15 KB a document, a good part of the writer's allocations). The bytes are the same (<see cref="Encoding.UTF8"/>,
    /// a lone surrogate as U+FFFD, an embedded NUL kept with the length).
    /// </summary>
    private int BindText(int position, string text)
    {
        // The bound: three bytes a character; a long text (a whole report) counted exactly instead, not to rent three times its size.
        var buffer = ArrayPool<byte>.Shared.Rent(text.Length <= 16_384 ? Encoding.UTF8.GetMaxByteCount(text.Length) : Encoding.UTF8.GetByteCount(text));
        try
        {
            int length = Encoding.UTF8.GetBytes(text, buffer);
            return raw.sqlite3_bind_text(_statement, position, buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>One step: true on a row, false at the end.</summary>
    private bool Step()
    {
        int rc = raw.sqlite3_step(_statement);
        if (rc == raw.SQLITE_ROW) return true;
        if (rc == raw.SQLITE_DONE) return false;
        // The error's text is read before the reset, which would replace it.
        SqliteException.ThrowExceptionForRC(rc, _db);
        return false;
    }

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK) SqliteException.ThrowExceptionForRC(rc, _db);
    }

    /// <summary>
    /// The rows of one run, as the writer's readers read them (<see cref="LedgerCommands.Defer"/>): forward only, by
    /// column number. What the writer never asks of a reader is not supported.
    /// </summary>
    private sealed class Rows(SqliteStatement owner) : DbDataReader
    {
        private readonly sqlite3_stmt _s = owner._statement;
        private bool _done;

        public override bool Read()
        {
            if (_done) return false;
            _done = !owner.Step();
            return !_done;
        }

        public override int FieldCount => raw.sqlite3_column_count(_s);

        public override bool IsDBNull(int ordinal) => raw.sqlite3_column_type(_s, ordinal) == raw.SQLITE_NULL;

        public override long GetInt64(int ordinal) => raw.sqlite3_column_int64(_s, ordinal);

        public override int GetInt32(int ordinal) => checked((int)raw.sqlite3_column_int64(_s, ordinal));

        public override double GetDouble(int ordinal) => raw.sqlite3_column_double(_s, ordinal);

        public override string GetString(int ordinal) => raw.sqlite3_column_text(_s, ordinal).utf8_to_string();

        public override object GetValue(int ordinal) => raw.sqlite3_column_type(_s, ordinal) switch
        {
            raw.SQLITE_INTEGER => GetInt64(ordinal),
            raw.SQLITE_FLOAT => GetDouble(ordinal),
            raw.SQLITE_TEXT => GetString(ordinal),
            raw.SQLITE_NULL => DBNull.Value,
            _ => raw.sqlite3_column_blob(_s, ordinal).ToArray(),
        };

        public override bool NextResult() => false;

        public override bool HasRows => throw Unsupported();

        public override int Depth => 0;

        public override bool IsClosed => _done;

        public override int RecordsAffected => -1;

        public override object this[int ordinal] => GetValue(ordinal);

        public override object this[string name] => throw Unsupported();

        public override bool GetBoolean(int ordinal) => GetInt64(ordinal) != 0;

        public override byte GetByte(int ordinal) => throw Unsupported();

        public override long GetBytes(int ordinal, long dataOffset, byte[]? buffer, int bufferOffset, int length) => throw Unsupported();

        public override char GetChar(int ordinal) => throw Unsupported();

        public override long GetChars(int ordinal, long dataOffset, char[]? buffer, int bufferOffset, int length) => throw Unsupported();

        public override string GetDataTypeName(int ordinal) => throw Unsupported();

        public override DateTime GetDateTime(int ordinal) => throw Unsupported();

        public override decimal GetDecimal(int ordinal) => throw Unsupported();

        public override Type GetFieldType(int ordinal) => throw Unsupported();

        public override float GetFloat(int ordinal) => throw Unsupported();

        public override Guid GetGuid(int ordinal) => throw Unsupported();

        public override short GetInt16(int ordinal) => throw Unsupported();

        public override string GetName(int ordinal) => raw.sqlite3_column_name(_s, ordinal).utf8_to_string();

        public override int GetOrdinal(string name) => throw Unsupported();

        public override int GetValues(object[] values) => throw Unsupported();

        public override IEnumerator GetEnumerator() => throw Unsupported();

        private static NotSupportedException Unsupported() => new("the writer's rows are read by column number, forward only");
    }
}
