namespace Pledgewatch.Dates;

/// <summary>Calendar units. Weeks are ISO weeks (Monday..Sunday); a weekend is the Saturday and Sunday that end one.</summary>
internal enum PeriodUnit : byte
{
    Day,
    Week,
    Weekend,
    Month,
    Quarter,
    Half,
    Year,
}
