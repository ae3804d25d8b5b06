using Pledgewatch.Ledger.Tests.Support;

namespace Pledgewatch.Ledger.Tests.Ingest;

public sealed class PostgresCliIngestTests : CliIngestTests<PostgresDatabase>;
