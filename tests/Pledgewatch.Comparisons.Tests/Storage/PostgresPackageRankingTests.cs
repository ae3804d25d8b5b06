using Pledgewatch.Ledger.Tests.Support;

namespace Pledgewatch.Comparisons.Tests.Storage;

public sealed class PostgresPackageRankingTests : PackageRankingTests<PostgresDatabase>;
