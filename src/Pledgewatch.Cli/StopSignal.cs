using System.Runtime.InteropServices;

namespace Pledgewatch.Cli;

/// <summary>
/// SIGTERM and SIGINT (Ctrl+C) ask a long command to stop: the first one cancels <see cref="Token"/> and the command
/// finishes the documents in hand, starts no new one and exits normally; a second one ends the process at once (still
/// safe: every document is one transaction). Dispose to restore the default handling.
/// </summary>
internal sealed class StopSignal : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly PosixSignalRegistration[] _registrations;

    public StopSignal()
    {
        _registrations = [PosixSignalRegistration.Create(PosixSignal.SIGTERM, Handle), PosixSignalRegistration.Create(PosixSignal.SIGINT, Handle)];
    }

    public CancellationToken Token => _stop.Token;

    public bool Requested => _stop.IsCancellationRequested;

    private void Handle(PosixSignalContext context)
    {
        if (_stop.IsCancellationRequested) return; // the second signal: default handling, the process ends
        context.Cancel = true;
        Console.Error.WriteLine($"pledgewatch: {context.Signal} received: finishing the documents in hand, then stopping");
        _stop.Cancel();
    }

    public void Dispose()
    {
        foreach (var r in _registrations) r.Dispose();
        _stop.Dispose();
    }
}
