namespace SendSite.Output;

/// <summary>
/// A test-only pause, for the fault-injection tests: when the environment variable names a stage, the build says
/// so on standard output and waits there (until cancelled, or a minute), so a test can kill it at exactly that
/// point. Without the variable it does nothing.
/// </summary>
public static class TestHold
{
    public const string Variable = "SEND_SITE_TEST_HOLD";
    public const string Rendering = "rendering";
    public const string Indexing = "indexing";
    public const string Promoting = "promoting";

    public static void At(string stage, CancellationToken cancellationToken = default)
    {
        if (!string.Equals(Environment.GetEnvironmentVariable(Variable), stage, StringComparison.Ordinal))
        {
            return;
        }
        Console.Out.WriteLine($"test hold: {stage}");
        Console.Out.Flush();
        cancellationToken.WaitHandle.WaitOne(TimeSpan.FromMinutes(1));
    }
}
