using System.Net;
using System.Net.Sockets;
using System.Text;
using SendSite.Engine;
using SendSite.Gate;

namespace SendSite.Hosting.Preview;

/// <summary>
/// The HTTP server of `serve`, on 127.0.0.1 only: serves whichever <see cref="PreviewSnapshot"/> is current, from
/// memory (switched whole, so a reader never sees half a rebuild; a page still being redone is waited for), like a static host (index.html for folders, a redirect to add the slash,
/// the site's 404.html), adding <see cref="LiveReload"/> to HTML responses. GET and HEAD, one request per connection.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private const string NotFoundFile = "404.html";

    private readonly TcpListener listener;
    private readonly CancellationTokenSource stopping = new();
    private readonly Task acceptLoop;
    private readonly Lock state = new();
    private PreviewSnapshot? snapshot;
    private IReadOnlyList<string> errors = [];
    private int generation;

    private PreviewServer(int port)
    {
        listener = new TcpListener(IPAddress.Loopback, port);
        listener.Start(backlog: 64);
        BaseAddress = new Uri($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/");
        acceptLoop = LoopbackHttp.AcceptAsync(listener, RespondAsync, stopping.Token);
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

    /// <summary>Serves <paramref name="site"/> from now on, with no errors shown.</summary>
    public void Publish(PreviewSnapshot site)
    {
        lock (state)
        {
            snapshot = site;
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

    private async Task RespondAsync(Stream stream, bool headOnly, string target, CancellationToken cancellationToken)
    {
        PreviewSnapshot? current;
        IReadOnlyList<string> currentErrors;
        string version;
        lock (state)
        {
            current = snapshot;
            currentErrors = errors;
            version = generation.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        var path = Uri.UnescapeDataString(target.Split('?', '#')[0]);
        if (path == LiveReload.VersionPath)
        {
            await LoopbackHttp.WriteAsync(stream, 200, "OK", "text/plain; charset=utf-8", Encoding.UTF8.GetBytes(version), headOnly, null, cancellationToken);
            return;
        }
        if (current is null)
        {
            var page = currentErrors.Count > 0 ? LiveReload.ErrorPage(currentErrors) : LiveReload.ErrorPage(["The first build is still running. This page reloads when it is ready."]);
            await LoopbackHttp.WriteAsync(stream, 503, "Service Unavailable", "text/html; charset=utf-8", Encoding.UTF8.GetBytes(page), headOnly, null, cancellationToken);
            return;
        }
        var status = 200;
        Document? document;
        try
        {
            var destination = PreviewPaths.Destination(path);
            document = destination is null ? null : await current.FindAsync(destination);
            if (document is null && destination is not null && !path.EndsWith('/')
                && await current.FindAsync(destination + "/" + PreviewPaths.IndexFile) is not null)
            {
                await LoopbackHttp.WriteAsync(stream, 301, "Moved Permanently", "text/plain; charset=utf-8", [], headOnly, target.Split('?', '#')[0] + "/", cancellationToken);
                return;
            }
            if (document is null)
            {
                status = 404;
                document = await current.FindAsync(NotFoundFile);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A pipeline failed (a broken template, say): the session reports it; the browser gets it in words.
            var failure = LiveReload.ErrorPage([.. currentErrors, $"This page could not be made: {e.GetBaseException().Message}"]);
            await LoopbackHttp.WriteAsync(stream, 500, "Internal Server Error", "text/html; charset=utf-8", Encoding.UTF8.GetBytes(failure), headOnly, null, cancellationToken);
            return;
        }
        if (document is null)
        {
            await LoopbackHttp.WriteAsync(stream, 404, "Not Found", "text/plain; charset=utf-8", "Not found"u8.ToArray(), headOnly, null, cancellationToken);
            return;
        }
        byte[] body;
        if (document.Text is { } text)
        {
            body = document.IsHtml
                ? Encoding.UTF8.GetBytes(LiveReload.Inject(PreviewNotices.Add(document.Destination, text), currentErrors))
                : Encoding.UTF8.GetBytes(text);
        }
        else
        {
            try
            {
                body = await File.ReadAllBytesAsync(document.SourcePath!, cancellationToken);
            }
            catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
            {
                // A theme file removed since the last build; the change brings a rebuild.
                await LoopbackHttp.WriteAsync(stream, 404, "Not Found", "text/plain; charset=utf-8", "Not found"u8.ToArray(), headOnly, null, cancellationToken);
                return;
            }
        }
        await LoopbackHttp.WriteAsync(stream, status, status == 200 ? "OK" : "Not Found", ContentTypes.For(document.Destination), body, headOnly, null, cancellationToken);
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
