using System.Net;
using System.Net.Sockets;
using System.Text;

namespace SendSite.Gate;

/// <summary>
/// A tiny HTTP/1.1 file server on 127.0.0.1 and an ephemeral port, so the browser sees the site exactly as a
/// static host would serve it: index.html for directory URLs, a redirect to add the trailing slash, real
/// content types, 404 for anything missing (with the site's 404.html, when it has one). GET and HEAD only; one request per connection keeps it simple.
/// Pages are never cached; the files they load may be, for the run (see <see cref="RespondAsync"/>).
/// </summary>
public sealed class StaticSiteServer : IAsyncDisposable
{
    private readonly string root;
    private readonly TcpListener listener;
    private readonly CancellationTokenSource stopping = new();
    private readonly Task acceptLoop;

    private readonly string basePath;

    /// <summary>
    /// The folder of the gate's own scripts on this server (axe-core): a name no file of the site has, made anew for
    /// each server, so it shadows nothing the site serves and a site cannot link to it ahead of time. Same origin as
    /// the pages, so their policy's <c>script-src 'self'</c> lets the gate add axe to a page as a script of its own.
    /// </summary>
    private readonly string gatePath;

    private StaticSiteServer(string root, string basePath)
    {
        this.root = Path.GetFullPath(root);
        this.basePath = basePath;
        gatePath = ReserveGatePath(this.root, basePath);
        listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start(backlog: 256);
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        AxeScript = new Uri(BaseAddress, gatePath + AxeFile);
        acceptLoop = LoopbackHttp.AcceptAsync(listener, RespondAsync, stopping.Token);
    }

    private const string AxeFile = "axe.js";

    /// <summary>The address the site is served at, ending in a slash.</summary>
    public Uri BaseAddress { get; }

    /// <summary>
    /// axe-core (<see cref="AxeScan.Source"/>), served outside the site's files and cacheable: a page about to be
    /// scanned loads it like any script, so Chromium compiles it once and reuses the code for every page after.
    /// </summary>
    public Uri AxeScript { get; }

    /// <summary>Whether a URL is one of the gate's own files on this server rather than part of the site.</summary>
    public bool IsGateFile(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Authority == BaseAddress.Authority
        && uri.AbsolutePath.StartsWith(gatePath, StringComparison.Ordinal);

    private static string ReserveGatePath(string root, string basePath)
    {
        while (true)
        {
            var candidate = $"/.send-site-gate-{Guid.NewGuid():N}/";
            var asSite = SiteBasePath.Strip(candidate, basePath);
            if (LoopbackHttp.ResolveFile(root, asSite) is null && !Directory.Exists(Path.Combine(root, asSite.Trim('/'))))
            {
                return candidate;
            }
        }
    }

    public static StaticSiteServer Start(string siteDirectory, string basePath = "/") => new(siteDirectory, basePath);

    public Uri UrlOf(string sitePath) => new(BaseAddress, string.Join('/', sitePath.Split('/').Select(Uri.EscapeDataString)));

    /// <summary>
    /// The URL paths of this site among <paramref name="urls"/> (others are ignored), base path removed and query
    /// and fragment dropped: what a page loaded, in a form that does not depend on this run's port.
    /// </summary>
    public IReadOnlyList<string> SitePaths(IEnumerable<string> urls) =>
    [
        .. urls
            .Select(url => Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri : null)
            .Where(uri => uri is not null && uri.Authority == BaseAddress.Authority && !uri.AbsolutePath.StartsWith(gatePath, StringComparison.Ordinal))
            .Select(uri => SiteBasePath.Strip(Uri.UnescapeDataString(uri!.AbsolutePath), basePath))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal),
    ];

    private async Task RespondAsync(Stream stream, bool isHead, string target, CancellationToken cancellationToken)
    {
        var rawPath = target.Split('?', '#')[0];
        if (rawPath.StartsWith(gatePath, StringComparison.Ordinal))
        {
            await RespondWithGateFileAsync(stream, isHead, rawPath[gatePath.Length..], cancellationToken);
            return;
        }
        var file = LoopbackHttp.ResolveFile(root, SiteBasePath.Strip(Uri.UnescapeDataString(rawPath), basePath));
        if (file is null)
        {
            // As static hosts do: the site's own not-found page, when it has one, with the status 404.
            var notFound = Path.Combine(root, NotFoundPage.File);
            var (type, page) = File.Exists(notFound)
                ? (ContentTypes.For(notFound), await File.ReadAllBytesAsync(notFound, cancellationToken))
                : ("text/plain; charset=utf-8", "Not found"u8.ToArray());
            await LoopbackHttp.WriteAsync(stream, 404, "Not Found", type, page, isHead, null, cancellationToken);
            return;
        }
        if (Directory.Exists(file))
        {
            // Like static hosts do: /area redirects to /area/ so relative links inside its index.html resolve.
            await LoopbackHttp.WriteAsync(stream, 301, "Moved Permanently", "text/plain; charset=utf-8", [], isHead, rawPath + "/", cancellationToken);
            return;
        }
        var body = await File.ReadAllBytesAsync(file, cancellationToken);
        // A built site does not change while the gate checks it, and each gate run has browser contexts (so HTTP
        // caches) of its own: a stylesheet or script may be kept from one page to the next, as a visitor's browser
        // would, so Chromium parses and compiles it once per renderer instead of on every load. Pages themselves
        // are always fetched afresh. A page's record of what it loaded still lists what came from the cache.
        var contentType = ContentTypes.For(file);
        var cacheable = !contentType.StartsWith("text/html", StringComparison.Ordinal);
        await LoopbackHttp.WriteAsync(stream, 200, "OK", contentType, body, isHead, null, cacheable, cancellationToken);
    }

    private static async Task RespondWithGateFileAsync(Stream stream, bool isHead, string name, CancellationToken cancellationToken)
    {
        if (name != AxeFile)
        {
            await LoopbackHttp.WriteAsync(stream, 404, "Not Found", "text/plain; charset=utf-8", "Not found"u8.ToArray(), isHead, null, cancellationToken);
            return;
        }
        await LoopbackHttp.WriteAsync(stream, 200, "OK", ContentTypes.For(AxeFile), AxeScan.SourceBytes, isHead, null, cacheable: true, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        try
        {
            await acceptLoop;
        }
        catch (OperationCanceledException)
        {
        }
        stopping.Dispose();
    }
}
