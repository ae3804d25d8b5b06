using Pledgewatch.Ledger.Tests.Support;

namespace Pledgewatch.Ledger.Tests.Watch;

public sealed class PostgresCliWatchTests : CliWatchTests<PostgresDatabase>;
