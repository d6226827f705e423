namespace SendSite.Rendering.Markdown;

/// <summary>
/// Where a body image may come from: this site only. An image from another host is fetched by every reader's
/// browser from that host (over plain http too, before), which tells a third party who reads which report; the
/// pages' Content-Security-Policy would refuse it anyway (img-src 'self' data:).
/// </summary>
internal static class ImageSourcePolicy
{
    /// <summary>Why the image may not be published, or null when it is a relative address on this site.</summary>
    public static string? FindProblem(string target)
    {
        var trimmed = target.Trim();
        if (trimmed.StartsWith("//", StringComparison.Ordinal) || trimmed.StartsWith("\\\\", StringComparison.Ordinal)
            || Uri.TryCreate(trimmed, UriKind.Absolute, out var absolute) && absolute.Scheme is not "file")
        {
            return "images must be files of this site, not from another address";
        }
        return null;
    }
}
