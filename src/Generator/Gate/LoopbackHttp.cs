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
    public static async Task WriteAsync(
        Stream stream, int status, string reason, string contentType, byte[] body, bool headOnly, string? location,
        CancellationToken cancellationToken)
    {
        var head = new StringBuilder()
            .Append($"HTTP/1.1 {status} {reason}\r\n")
            .Append($"Content-Type: {contentType}\r\n")
            .Append($"Content-Length: {body.Length}\r\n")
            .Append("Cache-Control: no-store\r\n")
            .Append("Connection: close\r\n");
        if (location is not null)
        {
            head.Append($"Location: {location}\r\n");
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
