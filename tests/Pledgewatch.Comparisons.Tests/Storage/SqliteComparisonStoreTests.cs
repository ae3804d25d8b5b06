using Pledgewatch.Ledger.Tests.Support;

namespace Pledgewatch.Comparisons.Tests.Storage;

public sealed class SqliteComparisonStoreTests : ComparisonStoreTests<SqliteDatabase>;
