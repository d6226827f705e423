using System.Net;
using System.Net.Sockets;
using System.Text;

namespace SendSite.Gate;

/// <summary>
/// A tiny HTTP/1.1 file server on 127.0.0.1 and an ephemeral port, so the browser sees the site exactly as a
/// static host would serve it: index.html for directory URLs, a redirect to add the trailing slash, real
/// content types, 404 for anything missing (with the site's 404.html, when it has one). GET and HEAD only; one request per connection keeps it simple.
/// </summary>
public sealed class StaticSiteServer : IAsyncDisposable
{
    private readonly string root;
    private readonly TcpListener listener;
    private readonly CancellationTokenSource stopping = new();
    private readonly Task acceptLoop;

    private readonly string basePath;

    private StaticSiteServer(string root, string basePath)
    {
        this.root = Path.GetFullPath(root);
        this.basePath = basePath;
        listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start(backlog: 256);
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        acceptLoop = LoopbackHttp.AcceptAsync(listener, RespondAsync, stopping.Token);
    }

    /// <summary>The address the site is served at, ending in a slash.</summary>
    public Uri BaseAddress { get; }

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
            .Where(uri => uri is not null && uri.Authority == BaseAddress.Authority)
            .Select(uri => SiteBasePath.Strip(Uri.UnescapeDataString(uri!.AbsolutePath), basePath))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal),
    ];

    private async Task RespondAsync(Stream stream, bool isHead, string target, CancellationToken cancellationToken)
    {
        var rawPath = target.Split('?', '#')[0];
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
        await LoopbackHttp.WriteAsync(stream, 200, "OK", ContentTypes.For(file), body, isHead, null, cancellationToken);
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
