using Pledgewatch.Ledger.Tests.Support;

namespace Pledgewatch.Comparisons.Tests.Datasets;

public sealed class PostgresDatasetRankingTests : DatasetRankingTests<PostgresDatabase>;
