namespace Pledgewatch.Ledger.Storage;

/// <summary>A user of the web app (users table). The hash is opaque to the ledger: the web app makes and checks it.</summary>
/// <param name="Role">viewer, reviewer or admin.</param>
/// <param name="PasswordHash">A PBKDF2 hash with its parameters, never the password.</param>
public sealed record UserAccount(long Id, string Name, string Role, string PasswordHash);
