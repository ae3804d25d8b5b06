using Npgsql;
using Pledgewatch.Ledger.Storage;

namespace Pledgewatch.Ledger.Benchmarks;

/// <summary>A fresh, empty schema in the PostgreSQL database given, so each run starts on an empty ledger (left for inspection).</summary>
internal static class BenchSchema
{
    public static DatabaseTarget Create(DatabaseTarget server)
    {
        if (server.Provider != DatabaseProvider.Postgres) throw new ArgumentException("a PostgreSQL connection string is needed", nameof(server));
        var schema = $"bench_{DateTime.UtcNow:yyyyMMddHHmmss}_{Guid.NewGuid():N}"[..40];
        using (var c = new NpgsqlConnection(server.ConnectionString))
        {
            c.Open();
            using var cmd = new NpgsqlCommand($"CREATE SCHEMA {schema}", c);
            cmd.ExecuteNonQuery();
        }
        return new DatabaseTarget(DatabaseProvider.Postgres, new NpgsqlConnectionStringBuilder(server.ConnectionString) { SearchPath = schema }.ConnectionString);
    }
}
