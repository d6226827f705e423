using System.Net;
using System.Net.Sockets;
using System.Text;

namespace SendSite.Gate;

/// <summary>
/// A tiny HTTP/1.1 file server on 127.0.0.1 and an ephemeral port, so the browser sees the site exactly as a
/// static host would serve it: index.html for directory URLs, a redirect to add the trailing slash, real
/// content types, 404 for anything missing. GET and HEAD only; one request per connection keeps it simple.
/// </summary>
public sealed class StaticSiteServer : IAsyncDisposable
{
    private const string IndexFile = "index.html";

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
        acceptLoop = AcceptAsync(stopping.Token);
    }

    /// <summary>The address the site is served at, ending in a slash.</summary>
    public Uri BaseAddress { get; }

    public static StaticSiteServer Start(string siteDirectory, string basePath = "/") => new(siteDirectory, basePath);

    public Uri UrlOf(string sitePath) => new(BaseAddress, string.Join('/', sitePath.Split('/').Select(Uri.EscapeDataString)));

    private async Task AcceptAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(cancellationToken);
            }
            catch (Exception) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (ObjectDisposedException)
            {
                return;
            }
            _ = Task.Run(() => ServeAsync(client, cancellationToken), CancellationToken.None);
        }
    }

    private async Task ServeAsync(TcpClient client, CancellationToken cancellationToken)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var request = await LoopbackHttp.ReadRequestLineAsync(stream, cancellationToken);
                if (request is null)
                {
                    return;
                }
                await RespondAsync(stream, request.Value.Method, request.Value.Target, cancellationToken);
            }
            catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException)
            {
                // The browser closed the connection or the gate is shutting down: nothing to answer.
            }
        }
    }

    private async Task RespondAsync(Stream stream, string method, string target, CancellationToken cancellationToken)
    {
        var isHead = method == "HEAD";
        if (method != "GET" && !isHead)
        {
            await LoopbackHttp.WriteAsync(stream, 405, "Method Not Allowed", "text/plain; charset=utf-8", "Method not allowed"u8.ToArray(), isHead, null, cancellationToken);
            return;
        }

        var rawPath = target.Split('?', '#')[0];
        var file = Resolve(Uri.UnescapeDataString(rawPath));
        if (file is null)
        {
            await LoopbackHttp.WriteAsync(stream, 404, "Not Found", "text/plain; charset=utf-8", "Not found"u8.ToArray(), isHead, null, cancellationToken);
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

    /// <summary>The file for a URL path, the directory when a slash is missing, or null when nothing is there (or it escapes the root).</summary>
    private string? Resolve(string urlPath)
    {
        urlPath = SiteBasePath.Strip(urlPath, basePath);
        var relative = urlPath.TrimStart('/');
        var full = Path.GetFullPath(Path.Combine(root, relative));
        if (full != root && !full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return null;
        }
        if (urlPath.EndsWith('/'))
        {
            var index = Path.Combine(full, IndexFile);
            return File.Exists(index) ? index : null;
        }
        if (File.Exists(full))
        {
            return full;
        }
        return Directory.Exists(full) && File.Exists(Path.Combine(full, IndexFile)) ? full : null;
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
