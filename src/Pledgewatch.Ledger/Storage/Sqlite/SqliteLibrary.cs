using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Pledgewatch.Ledger.Storage.Sqlite;

/// <summary>
/// SQLite's process-wide settings, made once before the process's first connection (<see cref="SqliteLedgerStore"/>'s
/// static constructor): SQLite takes them only before it initialises itself, which its first open does.
/// <list type="bullet">
/// <item>Multi-thread mode (<c>SQLITE_CONFIG_MULTITHREAD</c>): no mutex around each call on a connection and its
/// statements. The bundled library is built serialised, so every call locked and unlocked the connection's mutex:
/// 4 – 5 % of the SQLite writer's thread in <c>pthread_mutex_lock</c>/<c>unlock</c> (BENCHMARKS.md, "The writer, seventh
/// pass"). Safe as long as a connection and its statements are used by one thread at a time, which ADO.NET asks of a
/// connection anyway: the pool hands a physical connection to one user at a time, <see cref="SqliteStatementCache"/>'s
/// statements are used only by the thread holding their connection and finalised only once it is unreachable.</item>
/// <item>No memory statistics (<c>SQLITE_CONFIG_MEMSTATUS</c> off): SQLite stops counting its allocations under a
/// global mutex. Nothing here reads those counts (<c>sqlite3_memory_used</c> stays 0).</item>
/// </list>
/// A process that opened a SQLite connection some other way first keeps SQLite's defaults (the calls are then
/// refused with <c>SQLITE_MISUSE</c>): slower, not wrong; <see cref="Configured"/> says which.
/// </summary>
internal static class SqliteLibrary
{
    /// <summary>True when both settings were taken; false when SQLite was initialised before (the defaults stand).</summary>
    public static bool Configured { get; } = Configure();

    /// <summary>Makes sure <see cref="Configured"/> has run; cheap after the first call.</summary>
    public static void EnsureConfigured() => _ = Configured;

    private static bool Configure()
    {
        // Microsoft.Data.Sqlite's static constructor chooses the native library (SQLitePCL's provider); it opens nothing.
        System.Runtime.CompilerServices.RuntimeHelpers.RunClassConstructor(typeof(SqliteConnection).TypeHandle);
        var threads = raw.sqlite3_config(raw.SQLITE_CONFIG_MULTITHREAD);
        var memory = raw.sqlite3_config(raw.SQLITE_CONFIG_MEMSTATUS, 0);
        return threads == raw.SQLITE_OK && memory == raw.SQLITE_OK;
    }
}
