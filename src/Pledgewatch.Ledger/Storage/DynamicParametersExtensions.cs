using Dapper;

namespace Pledgewatch.Ledger.Storage;

/// <summary>Adds one parameter to a Dapper bag in an expression (an anonymous object cannot be extended).</summary>
internal static class DynamicParametersExtensions
{
    public static DynamicParameters Also(this DynamicParameters parameters, string name, object? value)
    {
        parameters.Add(name, value);
        return parameters;
    }
}
