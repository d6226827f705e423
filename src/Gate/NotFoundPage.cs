namespace SendSite.Gate;

/// <summary>
/// The site's not-found page, <c>404.html</c> at its root, which static hosts (GitHub Pages, Netlify, Cloudflare
/// Pages) send for any address they do not have. Its links must work from wherever it is served, so the gate
/// checks it as served from a missing address a few folders deep (as <c>/areas/kestermor/</c> would be), never
/// from its own place, where relative links happen to work.
/// </summary>
public static class NotFoundPage
{
    public const string File = "404.html";

    /// <summary>A site-relative address no site has, three folders deep.</summary>
    public const string ServedAt = "gate-missing-address/of-a/deep-page/index.html";

    public static bool Is(string sitePath) => sitePath == File;

    /// <summary>The URL path the browser asks for: the folder, as a reader's mistyped address would be.</summary>
    public static string RequestPath => ServedAt[..^"index.html".Length];
}
