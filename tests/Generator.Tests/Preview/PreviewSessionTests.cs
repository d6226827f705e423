using System.Diagnostics;
using System.Net.Sockets;
using SendSite.Preview;
using SendSite.Tests.Support;

namespace SendSite.Tests.Preview;

/// <summary>
/// `serve` for real: a build served on 127.0.0.1, a saved change shown within seconds, a broken save shown as
/// errors over the last good build, and a clean stop that closes the port.
/// </summary>
public sealed class PreviewSessionTests : IDisposable
{
    private const string PlanFile = "input/plans/southmere/2024-05-20-priority-action-plan.md";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly TempFolder folder = new();
    private readonly string input;
    private readonly HttpClient http = new();

    public PreviewSessionTests()
    {
        input = SampleInput.WriteTo(folder);
    }

    public void Dispose()
    {
        http.Dispose();
        folder.Dispose();
    }

    private Task<PreviewSession> StartAsync() =>
        PreviewSession.StartAsync(new PreviewOptions(input, 0, new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero)), TextWriter.Null, CancellationToken.None);

    private async Task<string> WaitForPageAsync(Uri page, Func<string, bool> condition)
    {
        var clock = Stopwatch.StartNew();
        string text;
        do
        {
            text = await http.GetStringAsync(page);
            if (condition(text))
            {
                return text;
            }
            await Task.Delay(100);
        }
        while (clock.Elapsed < Patience);
        Assert.Fail($"The page did not change within {Patience.TotalSeconds} s; last seen:\n{text}");
        return text;
    }

    [Fact]
    public async Task Serves_the_site_rebuilds_after_a_save_shows_errors_and_stops_cleanly()
    {
        var session = await StartAsync();
        var page = new Uri(session.Address, "areas/southmere/");
        var stopped = false;
        try
        {
            Assert.Equal("127.0.0.1", session.Address.Host);
            var first = await http.GetStringAsync(page);
            Assert.Contains("Southmere priority action plan", first);
            Assert.Contains(LiveReload.VersionPath, first);
            var version = await http.GetStringAsync(new Uri(session.Address, LiveReload.VersionPath.TrimStart('/')));

            var saved = Stopwatch.StartNew();
            folder.Write(PlanFile, SampleInput.SouthmerePlan.Replace("title: Southmere priority action plan", "title: Southmere plan to cut waiting times"));
            await WaitForPageAsync(page, text => text.Contains("Southmere plan to cut waiting times"));
            Assert.True(saved.Elapsed < TimeSpan.FromSeconds(10), $"took {saved.Elapsed.TotalSeconds:0.0} s");
            Assert.NotEqual(version, await http.GetStringAsync(new Uri(session.Address, LiveReload.VersionPath.TrimStart('/'))));

            folder.Write(PlanFile, SampleInput.SouthmerePlan.Replace("status: approved", "status: aproved"));
            var broken = await WaitForPageAsync(page, text => text.Contains("The preview could not be rebuilt"));
            Assert.Contains("Southmere plan to cut waiting times", broken); // the last good build, still served
            Assert.Contains("SEND204", broken);

            await session.DisposeAsync();
            stopped = true;
            using var client = new TcpClient();
            await Assert.ThrowsAnyAsync<SocketException>(() => client.ConnectAsync(session.Address.Host, session.Address.Port));
        }
        finally
        {
            if (!stopped)
            {
                await session.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task A_missing_page_gets_the_sites_own_404_page()
    {
        await using var session = await StartAsync();

        using var response = await http.GetAsync(new Uri(session.Address, "areas/nowhere/"));

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<h1", await response.Content.ReadAsStringAsync());
    }
}
