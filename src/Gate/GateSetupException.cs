namespace SendSite.Gate;

/// <summary>
/// A tool the gate needs is missing or broken (Chromium, Java, the Nu Html Checker). The message says what to
/// do; the gate turns it into a failing problem rather than a stack trace.
/// </summary>
public sealed class GateSetupException(string message, Exception? inner = null) : Exception(message, inner)
{
    public const string SetupHint = "Run scripts/setup.sh from the repository root to install it.";
}
