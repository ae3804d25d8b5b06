using System.Globalization;

namespace Pledgewatch.Ledger.Benchmarks;

/// <summary>
/// CPU seconds of each thread of this process over a phase, by the thread's name as the kernel knows it (its first 15
/// characters): ingest names its threads (<c>coder 1</c>, <c>writer</c>, <c>producer</c>), so a run says which of them
/// took the time, as <c>perf</c> does, without a profiler. Read from /proc/self/task/*/stat (nothing without it) every
/// <see cref="Every"/>, since a thread's figures go with it when it ends: a thread that ends in the phase may lose up
/// to that much of its last CPU time. The readings themselves cost about a tenth of a millisecond each.
/// </summary>
internal sealed class ThreadTimes : IDisposable
{
    private const double TicksPerSecond = 100; // USER_HZ on Linux

    private static readonly TimeSpan Every = TimeSpan.FromMilliseconds(50);

    private readonly Dictionary<int, (string Name, double Seconds)> _start;
    private readonly Dictionary<int, (string Name, double Seconds)> _last = [];
    private readonly Timer _timer;

    private ThreadTimes()
    {
        _start = Snapshot();
        _timer = new Timer(_ => Sample(), null, Every, Every);
    }

    public static ThreadTimes Start() => new();

    /// <summary>
    /// "coder 1 5.92 s, writer 3.10 s, producer 0.04 s, other 0.31 s": each named thread's CPU since the start (threads
    /// of the same name added up), the runtime's own threads (the JIT, the collector, the timer) as "other"; threads
    /// under 0.01 s are left out.
    /// </summary>
    public string Stop()
    {
        _timer.Dispose();
        Sample();
        var byName = new Dictionary<string, double>();
        lock (_last)
        {
            foreach (var (tid, (name, seconds)) in _last)
            {
                var spent = seconds - (_start.TryGetValue(tid, out var before) ? before.Seconds : 0);
                var key = name.StartsWith("coder", StringComparison.Ordinal) || name is "writer" or "producer" ? name : "other";
                byName[key] = byName.GetValueOrDefault(key) + spent;
            }
        }
        return string.Join(", ", byName.Where(p => p.Value >= 0.01).OrderBy(p => p.Key == "other").ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key} {p.Value:F2} s")));
    }

    public void Dispose() => _timer.Dispose();

    private void Sample()
    {
        var now = Snapshot();
        lock (_last)
        {
            // A thread's name may change (ingest names its threads when they start): the latest reading wins.
            foreach (var (tid, reading) in now) _last[tid] = reading;
        }
    }

    private static Dictionary<int, (string, double)> Snapshot()
    {
        var threads = new Dictionary<int, (string, double)>();
        if (!Directory.Exists("/proc/self/task")) return threads;
        foreach (var dir in Directory.EnumerateDirectories("/proc/self/task"))
        {
            string stat;
            try { stat = File.ReadAllText(Path.Combine(dir, "stat")); }
            catch (IOException) { continue; } // ended meanwhile
            int open = stat.IndexOf('('), close = stat.LastIndexOf(')');
            if (open < 0 || close < open || !int.TryParse(Path.GetFileName(dir), out var tid)) continue;
            var f = stat[(close + 2)..].Split(' ');
            threads[tid] = (stat[(open + 1)..close], (double.Parse(f[11], CultureInfo.InvariantCulture) + double.Parse(f[12], CultureInfo.InvariantCulture)) / TicksPerSecond);
        }
        return threads;
    }
}
