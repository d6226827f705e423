using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace SendSite.Gate;

/// <summary>
/// The SHA-256 of the site's files by URL path (base path removed), each file read and hashed once per run. A path
/// the site does not serve hashes to <see cref="Missing"/>, so a file that appears later is a change too.
/// </summary>
public sealed class SiteFileHashes(string siteDirectory)
{
    public const string Missing = "missing";
    private static readonly Uri SiteRoot = new("http://site.invalid/");
    private readonly ConcurrentDictionary<string, string> byPath = new(StringComparer.Ordinal);

    /// <summary>The hash of what a request for <paramref name="urlPath"/> (e.g. <c>/assets/site.css</c>) serves.</summary>
    public string Of(string urlPath) => byPath.GetOrAdd(urlPath, path =>
    {
        var file = Uri.TryCreate(SiteRoot, path, out var uri) ? SiteFileResolver.TargetFile(siteDirectory, uri, SiteBasePath.Root) : null;
        return file is null ? Missing : OfFile(file);
    });

    /// <summary>The hash of a site-relative file that exists.</summary>
    public string OfFile(string sitePath) => byPath.GetOrAdd("file:" + sitePath, _ =>
    {
        using var stream = File.OpenRead(Path.Combine(siteDirectory, sitePath));
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    });
}
