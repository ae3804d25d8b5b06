using Pledgewatch.Ledger.Tests.Support;

namespace Pledgewatch.Ledger.Tests.Storage;

public sealed class PostgresReadCommandTests : ReadCommandTests<PostgresDatabase>;
