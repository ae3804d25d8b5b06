namespace Pledgewatch.Ledger.Storage.Migrations;

/// <summary>One forward-only schema step; <see cref="Sql"/> is the provider's own DDL (several statements).</summary>
public sealed record Migration(int Version, string Name, string Sql);
