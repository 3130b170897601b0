using System.Diagnostics;
using OpenTalent.Core.Taxonomy;

namespace OpenTalent.Cli;

/// <summary>
/// Shows progress of long jobs on stderr as plain lines: one when a step finishes, and one every
/// couple of seconds while a long step runs. Plain lines read the same in a terminal and in a CI log.
/// </summary>
internal sealed class StepProgress(TextWriter writer) : IProgress<ProgressUpdate>
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);
    private readonly Lock _gate = new();
    private readonly Stopwatch _stepClock = new();
    private string? _step;
    private ProgressUpdate _last;
    private TimeSpan _lastPrinted;

    public void Report(ProgressUpdate value)
    {
        lock (_gate)
        {
            if (value.Step != _step)
            {
                FinishStep();
                _step = value.Step;
                _stepClock.Restart();
                _lastPrinted = TimeSpan.Zero;
            }

            _last = value;
            if (value.Total is { } total && value.Done < total && _stepClock.Elapsed - _lastPrinted >= Interval)
            {
                _lastPrinted = _stepClock.Elapsed;
                writer.WriteLine($"  {value.Step}: {value.Done:N0} of {total:N0} ({100.0 * value.Done / Math.Max(1, total):0}%)");
            }
        }
    }

    /// <summary>Prints the last step's line; call when the job ends.</summary>
    public void Complete()
    {
        lock (_gate)
        {
            FinishStep();
            _step = null;
        }
    }

    private void FinishStep()
    {
        if (_step is not null)
        {
            writer.WriteLine($"  {_step}: {_last.Done:N0} in {_stepClock.Elapsed.TotalSeconds:0.0} s");
        }
    }
}
