using System.Runtime.InteropServices;

namespace SendSite.Site.Search;

/// <summary>
/// Finds the Pagefind program that npm installed for this machine: the npm package "pagefind" only wraps a
/// native binary shipped in a per-platform package (@pagefind/linux-x64 and so on). The binary is run
/// directly, without Node.js, so the build does not depend on the npm wrapper script.
/// </summary>
public static class PagefindExecutable
{
    // The extended build adds word segmentation for Chinese and Japanese; either works for English.
    private static readonly string[] ProgramNames = ["pagefind_extended", "pagefind"];

    /// <summary>The binary's full path, or null when node_modules has no Pagefind for this platform.</summary>
    public static string? Find(string nodeModulesFolder)
    {
        var bin = Path.Combine(nodeModulesFolder, "@pagefind", PlatformPackage(), "bin");
        var suffix = OperatingSystem.IsWindows() ? ".exe" : "";
        return ProgramNames.Select(name => Path.Combine(bin, name + suffix)).FirstOrDefault(File.Exists);
    }

    /// <summary>The folder a missing binary was looked for in, for the error message.</summary>
    public static string ExpectedFolder(string nodeModulesFolder) =>
        Path.Combine(nodeModulesFolder, "@pagefind", PlatformPackage(), "bin");

    private static string PlatformPackage()
    {
        var os = OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "darwin" : OperatingSystem.IsFreeBSD() ? "freebsd" : "linux";
        var arch = RuntimeInformation.OSArchitecture == Architecture.Arm64 ? "arm64" : "x64";
        return $"{os}-{arch}";
    }
}
