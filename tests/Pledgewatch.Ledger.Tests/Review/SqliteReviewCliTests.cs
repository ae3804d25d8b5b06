using Pledgewatch.Ledger.Tests.Support;

namespace Pledgewatch.Ledger.Tests.Review;

public sealed class SqliteReviewCliTests : ReviewCliTests<SqliteDatabase>;
