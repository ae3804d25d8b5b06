using System.Diagnostics;
using System.Globalization;

namespace Pledgewatch.Ledger.Benchmarks;

/// <summary>
/// CPU seconds of this process and of the local PostgreSQL server between two readings: on a shared, loaded machine
/// they are steadier than the wall clock, and they tell whose work a slow run was. The server's are read from /proc
/// (processes named <c>postgres</c>: each one's own time, plus the reaped children of the postmaster, so backends that
/// ended in between count too); zero where there is no /proc or no local server.
/// <para>
/// The JIT's share of ours is given apart: tiered compilation recompiles hot methods on a background thread, and the
/// coder's thousands of methods, run in one phase, are still being recompiled in the next (the writer alone on
/// PostgreSQL, 3,000 documents: 3.9 of its 5.8 s; BENCHMARKS.md, "The writer, fifth pass").
/// </para>
/// </summary>
internal readonly record struct CpuMeter(TimeSpan Ours, double Server, TimeSpan Jit, TimeSpan GcPause, int Collections)
{
    private const double TicksPerSecond = 100; // USER_HZ on Linux

    public static CpuMeter Read() => new(Process.GetCurrentProcess().TotalProcessorTime, ServerSeconds(), System.Runtime.JitInfo.GetCompilationTime(),
        GC.GetTotalPauseDuration(), GC.CollectionCount(0));

    /// <summary>
    /// "(4.1 s of CPU here, of it 0.3 s compiling; 9.3 s in the server; 120 collections, 0.21 s paused)" since
    /// <paramref name="start"/>. The pauses are wall-clock time in which every thread of ours was stopped for the
    /// garbage collector (gen0 collections and the blocking parts of the others; each also counts gen0).
    /// </summary>
    public string Since(CpuMeter start) =>
        string.Create(CultureInfo.InvariantCulture, $"{(Ours - start.Ours).TotalSeconds:F1} s of CPU here, of it {(Jit - start.Jit).TotalSeconds:F1} s compiling; {Server - start.Server:F1} s in the server; " +
            $"{Collections - start.Collections} collections, {(GcPause - start.GcPause).TotalSeconds:F2} s paused");

    /// <summary>
    /// CPU seconds of the calling thread so far (/proc/thread-self/stat; 0 without it): the writer's own, without the
    /// JIT's and the garbage collector's background threads, which the process's figure counts too.
    /// </summary>
    public static double ThreadSeconds()
    {
        if (!File.Exists("/proc/thread-self/stat")) return 0;
        var stat = File.ReadAllText("/proc/thread-self/stat");
        var f = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (double.Parse(f[11], CultureInfo.InvariantCulture) + double.Parse(f[12], CultureInfo.InvariantCulture)) / TicksPerSecond;
    }

    /// <summary>
    /// Bytes the calling thread's system calls have read and written so far (/proc/thread-self/io: <c>rchar</c>,
    /// <c>wchar</c>, whether the bytes came from the disk or the operating system's cache; 0 without it). For the
    /// SQLite writer these are the WAL's and the database file's <c>pread</c>s and <c>pwrite</c>s.
    /// </summary>
    public static (long Read, long Written) ThreadIo()
    {
        if (!File.Exists("/proc/thread-self/io")) return (0, 0);
        long read = 0, written = 0;
        foreach (var line in File.ReadLines("/proc/thread-self/io"))
        {
            if (line.StartsWith("rchar:", StringComparison.Ordinal)) read = long.Parse(line[6..], CultureInfo.InvariantCulture);
            else if (line.StartsWith("wchar:", StringComparison.Ordinal)) written = long.Parse(line[6..], CultureInfo.InvariantCulture);
        }
        return (read, written);
    }

    private static double ServerSeconds()
    {
        if (!Directory.Exists("/proc")) return 0;
        double ticks = 0;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out _)) continue;
            string stat;
            try { stat = File.ReadAllText(Path.Combine(dir, "stat")); }
            catch (IOException) { continue; } // ended meanwhile
            catch (UnauthorizedAccessException) { continue; }
            // pid (comm) state ppid …: comm may hold spaces, so fields are counted after its closing parenthesis.
            int open = stat.IndexOf('('), close = stat.LastIndexOf(')');
            if (open < 0 || close < open || stat[(open + 1)..close] != "postgres") continue;
            var f = stat[(close + 2)..].Split(' ');
            // f[0] is field 3 (state): utime = field 14, stime 15, cutime 16, cstime 17.
            ticks += double.Parse(f[11], CultureInfo.InvariantCulture) + double.Parse(f[12], CultureInfo.InvariantCulture)
                + double.Parse(f[13], CultureInfo.InvariantCulture) + double.Parse(f[14], CultureInfo.InvariantCulture);
        }
        return ticks / TicksPerSecond;
    }
}
