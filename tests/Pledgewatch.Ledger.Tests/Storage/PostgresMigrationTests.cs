using Pledgewatch.Ledger.Tests.Support;

namespace Pledgewatch.Ledger.Tests.Storage;

public sealed class PostgresMigrationTests : MigrationTests<PostgresDatabase>;
