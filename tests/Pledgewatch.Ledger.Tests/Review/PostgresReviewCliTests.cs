using Pledgewatch.Ledger.Tests.Support;

namespace Pledgewatch.Ledger.Tests.Review;

public sealed class PostgresReviewCliTests : ReviewCliTests<PostgresDatabase>;
