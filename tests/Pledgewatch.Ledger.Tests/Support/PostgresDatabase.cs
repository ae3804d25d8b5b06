using Npgsql;

namespace Pledgewatch.Ledger.Tests.Support;

/// <summary>
/// A fresh schema in the PostgreSQL database named by PLEDGEWATCH_TEST_POSTGRES (a connection string); the test is
/// skipped, with the reason, when the variable is not set (.ci/run sets it).
/// </summary>
public sealed class PostgresDatabase : TestDatabase
{
    public const string Variable = "PLEDGEWATCH_TEST_POSTGRES";

    private readonly string _schema = $"t_{Guid.NewGuid():N}";
    private readonly string _server;

    public PostgresDatabase()
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        Assert.SkipWhen(string.IsNullOrWhiteSpace(server), $"{Variable} is not set: PostgreSQL storage tests are skipped (.ci/run starts a server and sets it)");
        _server = server!;
        using var c = new NpgsqlConnection(_server);
        c.Open();
        using var cmd = new NpgsqlCommand($"CREATE SCHEMA {_schema}", c);
        cmd.ExecuteNonQuery();
    }

    public override string Db => new NpgsqlConnectionStringBuilder(_server) { SearchPath = _schema }.ConnectionString;

    public override void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        using var c = new NpgsqlConnection(_server);
        c.Open();
        using var cmd = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {_schema} CASCADE", c);
        cmd.ExecuteNonQuery();
    }
}
