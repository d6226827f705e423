using SendSite.Diagnostics;

namespace SendSite.Site.Building;

/// <summary>How a build ended, with every diagnostic (warnings too) and, on failure, why.</summary>
public sealed record BuildResult(bool Success, IReadOnlyList<Diagnostic> Diagnostics, string? Failure)
{
    public static BuildResult Failed(DiagnosticBag diagnostics, string why) => new(false, diagnostics.Sorted, why);

    public static BuildResult Succeeded(DiagnosticBag diagnostics) => new(true, diagnostics.Sorted, null);
}
