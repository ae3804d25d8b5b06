using Pledgewatch.Ledger.Tests.Support;

namespace Pledgewatch.Ledger.Tests.Recoding;

public sealed class PostgresRecodeTests : RecodeTests<PostgresDatabase>;
