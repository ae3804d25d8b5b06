using Pledgewatch.Ledger.Tests.Support;

namespace Pledgewatch.Comparisons.Tests.Storage;

public sealed class SqlitePackageRankingTests : PackageRankingTests<SqliteDatabase>;
