using SendSite.Site.Building;
using SendSite.Tests.Support;

namespace SendSite.Tests.Pipelines;

/// <summary>Every feed the generator writes follows RFC 4287, checked by <see cref="AtomConformance"/>; and the checker itself catches broken feeds.</summary>
[Collection(BundledSiteCollection.Name)]
public sealed class AtomFeedConformanceTests(BundledSiteBuild bundled) : IDisposable
{
    private const string ValidFeed = """
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">
          <id>https://example.org/feed.xml</id>
          <title>T</title>
          <updated>2025-01-02T03:04:05Z</updated>
          <author><name>A</name></author>
          <entry>
            <id>https://example.org/a/</id>
            <title>E</title>
            <link rel="alternate" href="https://example.org/a/"/>
            <updated>2025-01-02T03:04:05Z</updated>
          </entry>
        </feed>
        """;

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private static IEnumerable<string> Feeds(string output) =>
        Directory.EnumerateFiles(output, "*.xml", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith("sitemap.xml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    [Fact]
    public void Every_feed_of_the_bundled_site_conforms_to_rfc_4287()
    {
        var feeds = Feeds(bundled.Output).ToList();

        Assert.True(feeds.Count >= 2, "expected the site feed and area feeds");
        Assert.All(feeds, feed => Assert.Empty(AtomConformance.Check(File.ReadAllText(feed)).Select(p => $"{feed}: {p}")));
    }

    [Fact]
    public async Task Every_feed_of_the_sample_fixture_conforms_to_rfc_4287()
    {
        var input = SampleInput.WriteTo(folder);
        var output = folder.Combine("output");
        var result = await SiteGenerator.BuildAsync(new BuildOptions(input, output, BundledSiteBuild.Now) { RunGate = false }, TextWriter.Null);
        Assert.True(result.Success, result.Failure);

        var feeds = Feeds(output).ToList();
        Assert.Contains(feeds, f => f.EndsWith(Path.Combine("feeds", "all.xml"), StringComparison.Ordinal));
        Assert.True(feeds.Count >= 4, "the site's feed and one per area, including the area with nothing published");
        Assert.All(feeds, feed => Assert.Empty(AtomConformance.Check(File.ReadAllText(feed)).Select(p => $"{feed}: {p}")));
    }

    [Fact]
    public void The_checker_accepts_a_minimal_valid_feed() => Assert.Empty(AtomConformance.Check(ValidFeed));

    [Theory]
    [InlineData("<id>https://example.org/feed.xml</id>", "", "feed has 0 atom:id")]
    [InlineData("<title>T</title>", "<title>T</title><title>U</title>", "feed has 2 atom:title")]
    [InlineData("<updated>2025-01-02T03:04:05Z</updated>\n  <author>", "<updated>2 January 2025</updated>\n  <author>", "is not an RFC 3339 date-time")]
    [InlineData("<id>https://example.org/a/</id>", "<id>/a/</id>", "is not an absolute IRI")]
    [InlineData("<link rel=\"alternate\" href=\"https://example.org/a/\"/>", "", "neither atom:content nor a link")]
    [InlineData("<author><name>A</name></author>", "", "has no atom:author and the feed has none")]
    [InlineData(" xml:lang=\"en-GB\"", "", "no xml:lang")]
    [InlineData("http://www.w3.org/2005/Atom", "http://purl.org/atom/ns#", "not atom:feed")]
    [InlineData("<title>E</title>", "<title type=\"markdown\">E</title>", "not text, html or xhtml")]
    [InlineData("<link rel=\"alternate\" href=\"https://example.org/a/\"/>", "<link href=\"https://example.org/a/\"/><link rel=\"alternate\" href=\"https://example.org/b/\"/>", "2 alternate links")]
    public void The_checker_reports_each_broken_rule(string replace, string with, string expected)
    {
        var broken = ValidFeed.Replace(replace, with, StringComparison.Ordinal);
        Assert.NotEqual(ValidFeed, broken);

        Assert.Contains(AtomConformance.Check(broken), p => p.Contains(expected, StringComparison.Ordinal));
    }
}
