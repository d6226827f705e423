using System.Net.Sockets;
using System.Text;

namespace SendSite.Gate;

/// <summary>
/// The little of HTTP/1.1 the site's own loopback servers speak (the gate's <see cref="StaticSiteServer"/> and
/// `serve`'s preview server): read a request line, write one response and close. A browser on the same machine
/// is the only client, so there is no keep-alive, no compression and no range requests.
/// </summary>
public static class LoopbackHttp
{
    private const int MaxHeaderBytes = 16 * 1024;

    /// <summary>How long a client may take to send its request: a half-open connection is closed after this.</summary>
    public static readonly TimeSpan ReadTimeout = TimeSpan.FromSeconds(5);

    /// <summary>Connections answered at once; more wait in the kernel's backlog instead of costing a task each.</summary>
    public const int MaxConnections = 64;
    private const string IndexFile = "index.html";

    /// <summary>
    /// Accepts connections until <paramref name="cancellationToken"/> is cancelled or the listener stops, answering
    /// each on the thread pool with <see cref="ServeConnectionAsync"/>.
    /// </summary>
    public static async Task AcceptAsync(
        TcpListener listener, Func<Stream, bool, string, CancellationToken, Task> respond, CancellationToken cancellationToken)
    {
        var slots = new SemaphoreSlim(MaxConnections); // not disposed: connections still being answered release it after this returns
        while (!cancellationToken.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                await slots.WaitAsync(cancellationToken);
                client = await listener.AcceptTcpClientAsync(cancellationToken);
            }
            catch (Exception e) when (cancellationToken.IsCancellationRequested || e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }
            _ = Task.Run(async () =>
            {
                try
                {
                    await ServeConnectionAsync(client, respond, cancellationToken);
                }
                finally
                {
                    slots.Release();
                }
            }, CancellationToken.None);
        }
    }

    /// <summary>
    /// Answers one connection, then closes it: a GET or HEAD request goes to <paramref name="respond"/> (stream,
    /// whether only the head is wanted, the request target), any other method gets 405.
    /// </summary>
    private static async Task ServeConnectionAsync(
        TcpClient client, Func<Stream, bool, string, CancellationToken, Task> respond, CancellationToken cancellationToken)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                using var reading = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                reading.CancelAfter(ReadTimeout);
                var request = await ReadRequestLineAsync(stream, reading.Token);
                if (request is not { } line)
                {
                    return;
                }
                var headOnly = line.Method == "HEAD";
                if (line.Method != "GET" && !headOnly)
                {
                    await WriteAsync(stream, 405, "Method Not Allowed", "text/plain; charset=utf-8", "Method not allowed"u8.ToArray(), headOnly, null, cancellationToken);
                    return;
                }
                await respond(stream, headOnly, line.Target, cancellationToken);
            }
            catch (Exception e) when (e is IOException or SocketException or OperationCanceledException)
            {
                // The browser closed the connection or the server is stopping: nothing to answer.
            }
        }
    }

    /// <summary>
    /// The file under <paramref name="root"/> (a full path) for a URL path, the folder when its slash is missing
    /// (the caller redirects), or null when nothing is there or the path escapes the root.
    /// </summary>
    public static string? ResolveFile(string root, string urlPath)
    {
        var full = Path.GetFullPath(Path.Combine(root, urlPath.TrimStart('/')));
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

    /// <summary>The method and target of the request, or null when the client closed or sent no request line.</summary>
    public static async Task<(string Method, string Target)?> ReadRequestLineAsync(Stream stream, CancellationToken cancellationToken)
    {
        var buffer = new byte[MaxHeaderBytes];
        var length = 0;
        while (length < buffer.Length)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken);
            if (read == 0)
            {
                return null;
            }
            length += read;
            if (buffer.AsSpan(0, length).IndexOf("\r\n\r\n"u8) >= 0)
            {
                break;
            }
        }
        var head = Encoding.ASCII.GetString(buffer, 0, length);
        var firstLine = head[..Math.Max(0, head.IndexOf("\r\n", StringComparison.Ordinal))].Split(' ');
        return firstLine.Length == 3 ? (firstLine[0], firstLine[1]) : null;
    }

    /// <summary>Writes one whole response; nothing is cached, so a rebuilt page is always fetched afresh.</summary>
    public static Task WriteAsync(
        Stream stream, int status, string reason, string contentType, byte[] body, bool headOnly, string? location,
        CancellationToken cancellationToken) =>
        WriteAsync(stream, status, reason, contentType, body, headOnly, location, cacheable: false, cancellationToken);

    /// <summary>
    /// Writes one whole response. <paramref name="cacheable"/>: the browser may keep it for the rest of its session
    /// (for a server that serves files which cannot change while it runs); otherwise it is never stored.
    /// </summary>
    public static async Task WriteAsync(
        Stream stream, int status, string reason, string contentType, byte[] body, bool headOnly, string? location,
        bool cacheable, CancellationToken cancellationToken)
    {
        var head = new StringBuilder()
            .Append($"HTTP/1.1 {status} {reason}\r\n")
            .Append($"Content-Type: {contentType}\r\n")
            .Append($"Content-Length: {body.Length}\r\n")
            .Append(cacheable ? "Cache-Control: private, max-age=86400, immutable\r\n" : "Cache-Control: no-store\r\n")
            .Append("Connection: close\r\n");
        if (location is not null)
        {
            // Always a path on this server: "//help/" would send the browser to the host "help".
            head.Append($"Location: /{location.TrimStart('/', '\\')}\r\n");
        }
        head.Append("\r\n");
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()), cancellationToken);
        if (!headOnly)
        {
            await stream.WriteAsync(body, cancellationToken);
        }
        await stream.FlushAsync(cancellationToken);
    }
}
