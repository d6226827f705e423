using SendSite.Gate;
using SendSite.Site.Building;
using SendSite.Tests.Gate;
using SendSite.Tests.Support;

namespace SendSite.Tests.Building;

/// <summary>
/// Issue 14 in real Chromium: a plan's image files, in every format allowed and with a name of spaces and accented
/// letters, load (naturalWidth above 0) from a site served under a base path, as GitHub Pages serves a project; and a
/// picture wider than the screen shrinks to it instead of making the page scroll sideways at 320px.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class BodyImagesBrowserTests(ChromiumFixture chromium) : IAsyncLifetime
{
    private const string BasePath = "/send-inspections/";
    private const string PlanPage = "areas/southmere/plans/2024-05-20-priority-action-plan/";
    private readonly TempFolder folder = new();
    private StaticSiteServer? server;

    public async Task InitializeAsync()
    {
        var input = SampleInput.WriteTo(folder);
        folder.Write("input/site.yml", SampleInput.SiteYml.Replace("https://example.org/send/", "https://example.org" + BasePath, StringComparison.Ordinal));
        Write("input/plans/southmere/images/waits.png", ImageBytes.Png(1200, 300));
        Write("input/plans/southmere/images/photo.jpeg", ImageBytes.Jpeg());
        Write("input/images/logo.gif", ImageBytes.Gif());
        Write("input/plans/southmere/Délais d'attente.WEBP", ImageBytes.Webp());
        folder.Write("input/plans/southmere/2024-05-20-priority-action-plan.md", SampleInput.SouthmerePlan + """


            ![Waiting times by month, falling from 30 weeks to 18](images/waits.png)

            ![A family meeting their key worker](images/photo.jpeg)

            ![The partnership's logo](/images/logo.gif)

            ![Waiting times in each district](<Délais d'attente.WEBP>)
            """);
        var result = await SiteGenerator.BuildAsync(
            new BuildOptions(input, folder.Combine("output"), PipelineHarness.DefaultNow) { RunGate = false, BuildSearchIndex = false }, TextWriter.Null);
        Assert.True(result.Success, result.Failure + string.Join("\n", result.Diagnostics));
        server = StaticSiteServer.Start(folder.Combine("output"), BasePath);
    }

    private void Write(string relative, byte[] bytes)
    {
        var full = folder.Combine(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
    }

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
        folder.Dispose();
    }

    [Fact]
    public async Task Every_image_of_the_plan_loads_under_the_base_path_and_none_makes_the_page_scroll_sideways_at_320px()
    {
        await using var context = await chromium.Chromium.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 320, Height = 640 } });
        var page = await context.NewPageAsync();
        var failed = new List<string>();
        page.RequestFailed += (_, request) => failed.Add(request.Url);
        var response = await page.GotoAsync(new Uri(server!.BaseAddress, BasePath.TrimStart('/') + PlanPage).AbsoluteUri);
        Assert.Equal(200, response?.Status);
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('.app-prose img')].every(i => i.complete)");

        var images = await page.EvaluateAsync<ImageState[]>(
            "() => [...document.querySelectorAll('.app-prose img')].map(i => ({ src: i.currentSrc, width: i.naturalWidth, shown: i.getBoundingClientRect().width }))");
        var pageWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");

        Assert.Equal(4, images.Length);
        Assert.All(images, image => Assert.True(image.Width > 0, $"{image.Src} did not load"));
        Assert.All(images, image => Assert.StartsWith(new Uri(server.BaseAddress, BasePath.TrimStart('/') + "files/").AbsoluteUri, image.Src, StringComparison.Ordinal));
        Assert.Contains(images, image => image.Src.EndsWith("/D%C3%A9lais%20d'attente.WEBP", StringComparison.Ordinal) || image.Src.EndsWith("/D%C3%A9lais%20d%27attente.WEBP", StringComparison.Ordinal));
        Assert.Equal(1200, images[0].Width);
        Assert.True(images[0].Shown <= 320, $"the 1200 pixel chart is shown {images[0].Shown}px wide");
        Assert.True(pageWidth <= 320, $"the page is {pageWidth}px wide");
        Assert.Empty(failed);
    }

    /// <summary>What the page says of one image (Playwright fills it by its properties' names).</summary>
    public sealed class ImageState
    {
        public string Src { get; set; } = "";

        public int Width { get; set; }

        public double Shown { get; set; }
    }
}
