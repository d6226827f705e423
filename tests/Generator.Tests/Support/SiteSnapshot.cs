using System.Security.Cryptography;

namespace SendSite.Tests.Support;

/// <summary>Every file of a built site with a hash of its bytes, to tell a complete site from a half-written one.</summary>
public static class SiteSnapshot
{
    public static IReadOnlyDictionary<string, string> Of(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(
                file => Path.GetRelativePath(folder, file).Replace('\\', '/'),
                file => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file))),
                StringComparer.Ordinal);

    public static void AssertSame(IReadOnlyDictionary<string, string> expected, string folder)
    {
        Assert.True(Directory.Exists(folder), $"{folder} is missing");
        var actual = Of(folder);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        Assert.All(expected, pair => Assert.Equal(pair.Value, actual[pair.Key]));
    }
}
