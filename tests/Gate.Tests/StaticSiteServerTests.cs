using System.Net;
using SendSite.Gate;
using Xunit;

namespace SendSite.Tests.Gate;

public sealed class StaticSiteServerTests
{
    private static async Task<HttpResponseMessage> GetAsync(string path)
    {
        await using var server = StaticSiteServer.Start(GateFixtures.Site("keyboard-trap"));
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        return await client.GetAsync(new Uri(server.BaseAddress, path));
    }

    [Fact]
    public async Task A_directory_url_serves_its_index_html_as_html()
    {
        var response = await GetAsync("about/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("data-template=\"content\"", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("style.css", "text/css")]
    [InlineData("trap.js", "text/javascript")]
    public async Task Files_are_served_with_their_content_type(string path, string mediaType)
    {
        var response = await GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_directory_without_its_slash_redirects_to_it()
    {
        var response = await GetAsync("about");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/about/", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("missing.html")]
    [InlineData("nowhere/")]
    [InlineData("..%2F..%2Fclean%2Findex.html")]
    public async Task Anything_missing_or_outside_the_site_is_404(string path)
    {
        var response = await GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Only_get_and_head_are_answered()
    {
        await using var server = StaticSiteServer.Start(GateFixtures.Site("keyboard-trap"));
        using var client = new HttpClient();
        var url = new Uri(server.BaseAddress, "about/");

        var post = await client.PostAsync(url, new StringContent("x"));
        var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task The_gates_axe_script_and_the_sites_files_are_cacheable_pages_are_not_and_axe_is_not_counted_as_loaded_by_a_page()
    {
        await using var server = StaticSiteServer.Start(GateFixtures.Site("keyboard-trap"), "/send-inspections/");
        using var client = new HttpClient();

        var axe = await client.GetAsync(server.AxeScript);
        var page = await client.GetAsync(new Uri(server.BaseAddress, "send-inspections/about/"));
        var elsewhere = await client.GetAsync(new Uri(server.AxeScript, "other.js"));

        Assert.Equal(HttpStatusCode.OK, axe.StatusCode);
        Assert.Equal("text/javascript", axe.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("/*! axe v", await axe.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(axe.Headers.CacheControl?.MaxAge > TimeSpan.Zero);
        Assert.True(page.Headers.CacheControl?.NoStore);
        var style = await client.GetAsync(new Uri(server.BaseAddress, "send-inspections/style.css"));
        Assert.True(style.Headers.CacheControl?.MaxAge > TimeSpan.Zero, "a stylesheet may be kept for the run");
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
        Assert.True(server.IsGateFile(server.AxeScript.ToString()));
        Assert.False(server.IsGateFile(new Uri(server.BaseAddress, "send-inspections/about/").ToString()));
        Assert.Equal(["/about/"], server.SitePaths([server.AxeScript.ToString(), new Uri(server.BaseAddress, "send-inspections/about/").ToString()]));
    }
}
