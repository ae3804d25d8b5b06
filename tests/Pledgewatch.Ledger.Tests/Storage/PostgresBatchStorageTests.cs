using Pledgewatch.Ledger.Tests.Support;

namespace Pledgewatch.Ledger.Tests.Storage;

public sealed class PostgresBatchStorageTests : BatchStorageTests<PostgresDatabase>;
