using System.Security.Cryptography;

namespace SendSite.Preview;

/// <summary>A fingerprint of every HTML page of a build, to tell which pages a rebuild changed.</summary>
public static class PageHashes
{
    public static IReadOnlyDictionary<string, string> Of(string siteFolder) =>
        Directory.EnumerateFiles(siteFolder, "*.html", SearchOption.AllDirectories)
            .ToDictionary(
                file => Path.GetRelativePath(siteFolder, file).Replace('\\', '/'),
                file => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file))),
                StringComparer.Ordinal);

    /// <summary>Pages that are new or different in <paramref name="after"/>, in a stable order.</summary>
    public static IReadOnlyList<string> Changed(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after) =>
        [.. after.Where(page => !before.TryGetValue(page.Key, out var hash) || hash != page.Value)
            .Select(page => page.Key)
            .Order(StringComparer.Ordinal)];
}
