using Pledgewatch.Ledger.Export;

namespace Pledgewatch.Ledger.Tests.Export;

public sealed class FormulaGuardTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\")")]
    [InlineData("@SUM(A1:A2)")]
    [InlineData("+cmd|' /C calc'!A0")]
    [InlineData("-2+3+cmd|' /C calc'!A0")]
    [InlineData("\t=1+1")]
    [InlineData("\r=1+1")]
    public void ACellASpreadsheetWouldRunGetsAnApostrophe(string cell) => Assert.Equal("'" + cell, FormulaGuard.Cell(cell));

    [Theory]
    [InlineData("-")]
    [InlineData("+")]
    [InlineData("=")]
    [InlineData("-12.5")]
    [InlineData("+44")]
    [InlineData("-1e6")]
    [InlineData("CAN+FRA")]
    [InlineData("grant; loan")]
    [InlineData("")]
    public void ACellThatCannotBeAFormulaStaysAsItIs(string cell) => Assert.Equal(cell, FormulaGuard.Cell(cell));
}
