using System.Net;
using System.Net.Sockets;
using System.Text;
using SendSite.Gate;

namespace SendSite.Preview;

/// <summary>
/// The HTTP server of `serve`, on 127.0.0.1 only: serves whichever build folder is current (switched whole, so a
/// reader never sees half a rebuild), like a static host (index.html for folders, a redirect to add the slash,
/// the site's 404.html), adding <see cref="LiveReload"/> to HTML responses. GET and HEAD, one request per connection.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private const string NotFoundFile = "404.html";

    private readonly TcpListener listener;
    private readonly CancellationTokenSource stopping = new();
    private readonly Task acceptLoop;
    private readonly Lock state = new();
    private string? root;
    private IReadOnlyList<string> errors = [];
    private int generation;

    private PreviewServer(int port)
    {
        listener = new TcpListener(IPAddress.Loopback, port);
        listener.Start(backlog: 64);
        BaseAddress = new Uri($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/");
        acceptLoop = AcceptAsync(stopping.Token);
    }

    public Uri BaseAddress { get; }

    /// <summary>Changes whenever what the browser should show changes: a new build, or new errors.</summary>
    public string Version
    {
        get
        {
            lock (state)
            {
                return generation.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }
    }

    /// <exception cref="SocketException">When the port is taken.</exception>
    public static PreviewServer Start(int port) => new(port);

    /// <summary>Serves <paramref name="siteFolder"/> from now on, with no errors shown.</summary>
    public void Publish(string siteFolder)
    {
        lock (state)
        {
            root = Path.GetFullPath(siteFolder);
            errors = [];
            generation++;
        }
    }

    /// <summary>Keeps serving the last good build, with these errors shown above it.</summary>
    public void ShowErrors(IReadOnlyList<string> lines)
    {
        lock (state)
        {
            errors = lines;
            generation++;
        }
    }

    private async Task AcceptAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(cancellationToken);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }
            _ = Task.Run(() => LoopbackHttp.ServeConnectionAsync(client, RespondAsync, cancellationToken), CancellationToken.None);
        }
    }

    private async Task RespondAsync(Stream stream, string method, string target, CancellationToken cancellationToken)
    {
        var headOnly = method == "HEAD";
        if (method != "GET" && !headOnly)
        {
            await LoopbackHttp.WriteAsync(stream, 405, "Method Not Allowed", "text/plain; charset=utf-8", "Method not allowed"u8.ToArray(), headOnly, null, cancellationToken);
            return;
        }
        string? currentRoot;
        IReadOnlyList<string> currentErrors;
        string version;
        lock (state)
        {
            currentRoot = root;
            currentErrors = errors;
            version = generation.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        var path = Uri.UnescapeDataString(target.Split('?', '#')[0]);
        if (path == LiveReload.VersionPath)
        {
            await LoopbackHttp.WriteAsync(stream, 200, "OK", "text/plain; charset=utf-8", Encoding.UTF8.GetBytes(version), headOnly, null, cancellationToken);
            return;
        }
        if (currentRoot is null)
        {
            var page = currentErrors.Count > 0 ? LiveReload.ErrorPage(currentErrors) : LiveReload.ErrorPage(["The first build is still running. This page reloads when it is ready."]);
            await LoopbackHttp.WriteAsync(stream, 503, "Service Unavailable", "text/html; charset=utf-8", Encoding.UTF8.GetBytes(page), headOnly, null, cancellationToken);
            return;
        }
        var file = LoopbackHttp.ResolveFile(currentRoot, path);
        if (file is not null && Directory.Exists(file))
        {
            await LoopbackHttp.WriteAsync(stream, 301, "Moved Permanently", "text/plain; charset=utf-8", [], headOnly, target.Split('?', '#')[0] + "/", cancellationToken);
            return;
        }
        var status = 200;
        if (file is null)
        {
            status = 404;
            file = Path.Combine(currentRoot, NotFoundFile);
            if (!File.Exists(file))
            {
                await LoopbackHttp.WriteAsync(stream, 404, "Not Found", "text/plain; charset=utf-8", "Not found"u8.ToArray(), headOnly, null, cancellationToken);
                return;
            }
        }
        byte[] body;
        try
        {
            body = await File.ReadAllBytesAsync(file, cancellationToken);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            // An old build removed while this request was reading it; the browser asks again after reloading.
            await LoopbackHttp.WriteAsync(stream, 404, "Not Found", "text/plain; charset=utf-8", "Not found"u8.ToArray(), headOnly, null, cancellationToken);
            return;
        }
        var contentType = ContentTypes.For(file);
        if (file.EndsWith(".html", StringComparison.Ordinal))
        {
            body = Encoding.UTF8.GetBytes(LiveReload.Inject(Encoding.UTF8.GetString(body), currentErrors));
        }
        await LoopbackHttp.WriteAsync(stream, status, status == 200 ? "OK" : "Not Found", contentType, body, headOnly, null, cancellationToken);
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
