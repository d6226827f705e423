using System.Net.Sockets;
using System.Text;
using SendSite.Gate;
using Xunit;

namespace SendSite.Tests.Gate;

/// <summary>The loopback servers (the gate's and serve's share LoopbackHttp) survive misuse and never redirect off the host.</summary>
public sealed class LoopbackHttpMisuseTests
{
    private static async Task<string> RawAsync(Uri server, string requestLine) => await RawAsync(server, requestLine, TimeSpan.FromSeconds(20));

    private static async Task<string> RawAsync(Uri server, string requestLine, TimeSpan patience)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"{requestLine}\r\nHost: {server.Authority}\r\n\r\n"));
        using var reader = new StreamReader(stream, Encoding.ASCII);
        return await reader.ReadToEndAsync().WaitAsync(patience);
    }

    [Theory]
    [InlineData("GET //about HTTP/1.1")]
    [InlineData("GET ///about HTTP/1.1")]
    [InlineData("GET /\\about HTTP/1.1")]
    public async Task A_redirect_is_always_a_path_on_this_server(string requestLine)
    {
        await using var server = StaticSiteServer.Start(GateFixtures.Site("keyboard-trap"));

        var response = await RawAsync(server.BaseAddress, requestLine);

        // Either no redirect at all (a backslash is part of a file name here), or one to a path on this server.
        var location = response.Split("\r\n").SingleOrDefault(line => line.StartsWith("Location:", StringComparison.Ordinal));
        Assert.True(location is null ? response.StartsWith("HTTP/1.1 404", StringComparison.Ordinal) : location.StartsWith("Location: /about/", StringComparison.Ordinal), response);
    }

    [Fact]
    public async Task Hundreds_of_silent_connections_are_closed_and_a_real_request_is_still_answered()
    {
        await using var server = StaticSiteServer.Start(GateFixtures.Site("keyboard-trap"));
        var silent = new List<TcpClient>();
        try
        {
            // Three times the cap: the server takes them in order, so the real request waits while three rounds of
            // silent ones time out, and is answered in the fourth.
            const int rounds = 3;
            for (var i = 0; i < rounds * LoopbackHttp.MaxConnections; i++)
            {
                var client = new TcpClient();
                await client.ConnectAsync(server.BaseAddress.Host, server.BaseAddress.Port);
                silent.Add(client);
            }

            var response = await RawAsync(server.BaseAddress, "GET /about/ HTTP/1.1", LoopbackHttp.ReadTimeout * (rounds + 2));

            Assert.StartsWith("HTTP/1.1 200", response);
            // The server closed the silent ones after its read timeout: reading them ends, it does not hang.
            var first = silent[0].GetStream();
            Assert.Equal(0, await first.ReadAsync(new byte[16]).AsTask().WaitAsync(LoopbackHttp.ReadTimeout * 3));
        }
        finally
        {
            silent.ForEach(client => client.Dispose());
        }
    }
}
