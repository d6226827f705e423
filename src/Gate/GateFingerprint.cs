using System.Security.Cryptography;
using System.Text;

namespace SendSite.Gate;

/// <summary>
/// Everything besides the page itself that decides what the gate finds on it: axe-core (its whole source, so its
/// version), the rules and options asked for, the gate's own code (the assembly's module version id changes with any
/// change to a check or to the in-page probe, which is embedded in it), the viewports, and the reviewed exceptions
/// file. A cached result is only used under the same fingerprint.
/// </summary>
public static class GateFingerprint
{
    /// <summary>Bump to drop every cached result when their meaning changes but the code above does not show it.</summary>
    private const string Format = "send-site gate cache 1";

    public static string Compute(string? exceptionsFile)
    {
        var text = new StringBuilder()
            .AppendLine(Format)
            .AppendLine(typeof(GateFingerprint).Assembly.ManifestModule.ModuleVersionId.ToString())
            .AppendLine($"{BrowserContextPool.Desktop.Width}x{BrowserContextPool.Desktop.Height} {ReflowCheck.Width}x{ReflowCheck.Height}")
            .AppendLine(AxeScan.RuleSet);
        var exceptions = exceptionsFile is not null && File.Exists(exceptionsFile) ? File.ReadAllBytes(exceptionsFile) : [];
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(text.ToString()));
        hash.AppendData(exceptions);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
