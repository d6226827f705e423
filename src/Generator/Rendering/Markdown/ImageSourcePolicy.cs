using System.Collections.Frozen;

namespace SendSite.Rendering.Markdown;

/// <summary>
/// Where a body image with an address (a scheme, or //) may come from: a host the publisher listed in site.yml's
/// image_hosts, over https. Any other image is fetched by every reader's browser from a third party (over plain
/// http too, before), which tells it who reads which report; the pages' Content-Security-Policy (img-src) allows
/// exactly the same hosts, so what validation lets through is what browsers show. A target with no scheme is a
/// file of the input folder, judged by Images/InputImageFiles instead.
/// </summary>
internal sealed class ImageSourcePolicy
{
    private readonly FrozenSet<string> hosts;

    public ImageSourcePolicy(IEnumerable<string> allowedHosts)
    {
        hosts = allowedHosts.Select(h => h.ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>Images from this site only: no image_hosts.</summary>
    public static ImageSourcePolicy SiteOnly { get; } = new([]);

    /// <summary>Why the image may not be published, or null when it is from an allowed host over https (or has no scheme: a file, not judged here).</summary>
    public string? FindProblem(string target)
    {
        var trimmed = target.Trim();
        if (trimmed.StartsWith("//", StringComparison.Ordinal) || trimmed.StartsWith("\\\\", StringComparison.Ordinal))
        {
            return Refused("an address starting with //");
        }
        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var absolute) || absolute.Scheme is "file")
        {
            return null;
        }
        var host = absolute.IdnHost.ToLowerInvariant();
        if (!hosts.Contains(host))
        {
            return Refused($"'{host}'");
        }
        if (absolute.Scheme != Uri.UriSchemeHttps)
        {
            return $"images from {host} must be fetched over https (write https://)";
        }
        // A port or a user name would be a different origin from the one the Content-Security-Policy allows.
        if (!absolute.IsDefaultPort || absolute.UserInfo.Length > 0)
        {
            return $"an image from {host} may not name a port or a user (write https://{host}/...)";
        }
        return null;
    }

    private string Refused(string what) => hosts.Count == 0
        ? "images must be files of this site, not from another address"
        : $"images may come only from this site or from {string.Join(", ", hosts.Order(StringComparer.Ordinal))} (image_hosts in site.yml), not from {what}";
}
