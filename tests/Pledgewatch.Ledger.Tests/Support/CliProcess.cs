using System.Diagnostics;

namespace Pledgewatch.Ledger.Tests.Support;

/// <summary>Runs the built CLI (pledgewatch.dll beside the tests) as a child process, as a user would.</summary>
internal static class CliProcess
{
    public static Process Start(params string[] args) => Start(null, args);

    /// <param name="environment">Variables to set, or to remove where the value is null (e.g. USER, to run as nobody).</param>
    public static Process Start(IReadOnlyDictionary<string, string?>? environment, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "pledgewatch.dll"));
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment["USER"] = "cli-test";
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null) info.Environment.Remove(name);
            else info.Environment[name] = value;
        }
        return Process.Start(info)!;
    }

    public static (int ExitCode, string Stdout, string Stderr) Run(params string[] args) => Run(null, args);

    public static (int ExitCode, string Stdout, string Stderr) Run(IReadOnlyDictionary<string, string?>? environment, params string[] args)
    {
        using var p = Start(environment, args);
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            p.Kill(entireProcessTree: true);
            Assert.Fail($"pledgewatch {string.Join(' ', args)} did not finish in 3 minutes");
        }
        return (p.ExitCode, stdout.Result, stderr.Result);
    }
}
