using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Data.Sqlite;
using Pledgewatch.Ledger.Export;
using Pledgewatch.Ledger.Storage;
using Pledgewatch.Ledger.Storage.Sqlite;

namespace Pledgewatch.Ledger.Tests.Support;

/// <summary>
/// The ledger of schema version 3 that <c>main</c> made at 85adf12, before parent entries (Samples/README.md says how),
/// and what it must still hold after migrating: every row of every table as it was, and the same JSON export.
/// </summary>
internal static class MainLedger
{
    public static string File => Path.Combine(AppContext.BaseDirectory, "Samples", "ledger-main-85adf12.sqlite");

    private static string ExportFile => Path.Combine(AppContext.BaseDirectory, "Samples", "ledger-main-85adf12.export.json");

    /// <summary>The ledger's tables in an order that satisfies their foreign keys.</summary>
    private static readonly string[] Tables = ["documents", "records", "entries", "entry_sources", "revisions", "audit_log", "ingest_queue", "users", "api_tokens"];

    /// <summary>Copies every row of the sample's tables, ids included, into <paramref name="target"/> (a ledger migrated up to version 3).</summary>
    public static void CopyInto(LedgerStore target)
    {
        using var source = OpenSample();
        using var c = target.OpenConnection();
        using var tx = c.BeginTransaction();
        foreach (var table in Tables)
        {
            foreach (var row in Rows(source, table))
            {
                var p = new DynamicParameters();
                foreach (var (name, value) in row) p.Add(name, value);
                c.Execute($"INSERT INTO {table} ({string.Join(", ", row.Keys)}) VALUES ({string.Join(", ", row.Keys.Select(k => "@" + k))})", p, tx);
            }
            if (target.Provider == DatabaseProvider.Postgres)
                c.Execute($"SELECT setval(pg_get_serial_sequence('{table}', 'id'), GREATEST((SELECT COALESCE(MAX(id), 0) FROM {table}), 1))", transaction: tx);
        }
        tx.Commit();
    }

    /// <summary>Every row of the sample is in <paramref name="store"/> unchanged, and its export is main's with <c>parent</c> and <c>parts</c> added.</summary>
    public static void AssertNothingLost(LedgerStore store)
    {
        Assert.Equal(store.LatestVersion, store.CurrentVersion());
        using (var source = OpenSample())
        using (var c = store.OpenConnection())
        {
            foreach (var table in Tables)
            {
                var expected = Rows(source, table).Select(Show).ToList();
                var columns = Rows(source, table).FirstOrDefault()?.Keys.ToList();
                var actual = columns is null ? [] : c.Query($"SELECT {string.Join(", ", columns)} FROM {table} ORDER BY id")
                    .Select(r => Show(((IDictionary<string, object?>)r).ToDictionary(kv => kv.Key, kv => kv.Value))).ToList();
                Assert.True(expected.Count > 0 || table == "ingest_queue", $"the sample has no {table}");
                Assert.Equal(expected, actual);
            }
            Assert.Equal(0, c.ExecuteScalar<long>("SELECT COUNT(*) FROM entries WHERE parent_id IS NOT NULL"));
            Assert.Equal(0, c.ExecuteScalar<long>("SELECT COUNT(*) FROM revisions WHERE parent_id IS NOT NULL"));
        }
        Assert.Equal(Expected(), Export(store));
    }

    /// <summary>Main's export as today's code writes it: <c>parent</c> and <c>parts</c> after the status, no <c>commitment.part_of</c>.</summary>
    private static List<string> Expected() =>
        [.. JsonNode.Parse(System.IO.File.ReadAllText(ExportFile))!.AsArray().Select(entry =>
        {
            var node = new JsonObject();
            foreach (var (name, value) in entry!.AsObject())
            {
                node[name] = value?.DeepClone();
                if (name == "status")
                {
                    node["parent"] = null;
                    node["parts"] = new JsonArray();
                }
            }
            (node["commitment"] as JsonObject)?.Remove("part_of");
            return node.ToJsonString();
        })];

    private static List<string> Export(LedgerStore store)
    {
        using var buffer = new MemoryStream();
        LedgerExporter.Write(ExportFormat.Json, store.Entries(EntryFilter.All), buffer);
        return [.. JsonNode.Parse(Encoding.UTF8.GetString(buffer.ToArray()))!.AsArray().Select(e => e!.ToJsonString())];
    }

    private static SqliteConnection OpenSample()
    {
        // SQLite takes its process-wide settings only before its first connection; opened here first, this raw
        // connection would leave the ledgers of the whole test run with SQLite's defaults.
        SqliteLibrary.EnsureConfigured();
        var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = File, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        c.Open();
        return c;
    }

    private static List<Dictionary<string, object?>> Rows(SqliteConnection c, string table) =>
        [.. c.Query($"SELECT * FROM {table} ORDER BY id").Select(r => ((IDictionary<string, object?>)r).ToDictionary(kv => kv.Key, kv => kv.Value))];

    /// <summary>A row as text, the same whichever database returned it (integer widths and number formats differ).</summary>
    private static string Show(Dictionary<string, object?> row) =>
        string.Join(" | ", row.Select(kv => $"{kv.Key}={kv.Value switch { null => "null", double d => d.ToString("R", CultureInfo.InvariantCulture), IFormattable f => f.ToString(null, CultureInfo.InvariantCulture), var v => v.ToString() }}"));
}
