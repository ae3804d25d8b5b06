using System.Collections.Concurrent;
using System.Diagnostics;

namespace Pledgewatch.Ledger.Tests.Support;

/// <summary>
/// <c>pledgewatch watch</c> as a child process: its log lines collected as they come, a way to wait for a condition
/// (with a deadline that only bounds a hung test; the log is in the failure message), and SIGTERM as a service
/// manager sends it.
/// </summary>
internal sealed class WatchProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();

    private WatchProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) _lines.Enqueue(e.Data); };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) _lines.Enqueue("stderr: " + e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public static WatchProcess Start(string db, params string[] args) => new(CliProcess.Start(["watch", .. args, "--db", db]));

    public IReadOnlyList<string> Lines => [.. _lines];

    public string Log => string.Join('\n', _lines);

    public bool HasExited => _process.HasExited;

    /// <summary>Waits until <paramref name="condition"/> holds; fails with the log after <paramref name="seconds"/> or if the process ends.</summary>
    public void WaitUntil(Func<bool> condition, string what, double seconds = 90)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (_process.HasExited) Assert.Fail($"watch exited ({_process.ExitCode}) before {what}:\n{Log}");
            if (clock.Elapsed.TotalSeconds > seconds) Assert.Fail($"no {what} after {seconds} s:\n{Log}");
            Thread.Sleep(20);
        }
    }

    public void WaitForLine(Func<string, bool> match, string what, double seconds = 90) => WaitUntil(() => _lines.Any(match), what, seconds);

    /// <summary>Sends SIGTERM and waits for the process to end; returns its exit code.</summary>
    public int Terminate()
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) kill.WaitForExit();
        if (!_process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            _process.Kill(entireProcessTree: true);
            Assert.Fail($"watch did not stop within 60 s of SIGTERM:\n{Log}");
        }
        _process.WaitForExit(); // drains the output events
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }
}
