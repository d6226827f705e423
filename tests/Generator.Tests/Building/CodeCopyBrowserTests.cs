using Microsoft.Playwright;
using SendSite.Gate;
using SendSite.Site.Building;
using SendSite.Tests.Gate;
using SendSite.Tests.Support;

namespace SendSite.Tests.Building;

/// <summary>
/// In real Chromium, on a built content page with a template in a code block (the guide for local areas):
/// with JavaScript a "Copy" button under the block copies its exact text and says "Copied" in a live region;
/// without JavaScript there is no button and the template is plain, selectable text in pre and code.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class CodeCopyBrowserTests(ChromiumFixture chromium) : IAsyncLifetime
{
    private const string Template = "---\narea: st-elverys\ntitle: \"TO DO: the plan's name\"\n---\n## Priority 1: <b>not markup</b>";

    private const string Guide = "---\ntitle: Submit a plan\n---\n## Step 3: copy in the template\n\n```yaml\n" + Template + "\n```\n";

    private readonly TempFolder folder = new();
    private StaticSiteServer? server;

    public async Task InitializeAsync()
    {
        var input = SampleInput.WriteTo(folder);
        folder.Write("input/pages/submit-a-plan.md", Guide);
        var result = await SiteGenerator.BuildAsync(
            new BuildOptions(input, folder.Combine("output"), new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero)) { RunGate = false },
            TextWriter.Null);
        Assert.True(result.Success, result.Failure);
        server = StaticSiteServer.Start(folder.Combine("output"));
    }

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
        folder.Dispose();
    }

    private async Task<(IBrowserContext Context, IPage Page, List<string> Errors)> Open(bool javaScript)
    {
        var context = await chromium.Chromium.Browser.NewContextAsync(new() { JavaScriptEnabled = javaScript });
        if (javaScript)
        {
            await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = server!.BaseAddress.GetLeftPart(UriPartial.Authority) });
        }
        var page = await context.NewPageAsync();
        // A CSP refusal is logged to the console: the button must work under the pages' strict policy.
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        await page.GotoAsync(server!.UrlOf("submit-a-plan/").AbsoluteUri);
        return (context, page, errors);
    }

    [Fact]
    public async Task The_copy_button_copies_the_template_exactly_and_says_copied_in_a_live_region()
    {
        var (context, page, errors) = await Open(javaScript: true);
        await using var _ = context;

        var button = page.GetByRole(AriaRole.Button, new() { Name = "Copy the text above" });
        await button.WaitForAsync(new() { Timeout = 5000 });
        Assert.True(await button.IsVisibleAsync());
        var status = page.GetByRole(AriaRole.Status);
        Assert.Equal("", await status.TextContentAsync());

        await button.ClickAsync();

        await status.Filter(new() { HasText = "Copied" }).WaitForAsync(new() { Timeout = 5000 });
        Assert.Equal(Template + "\n", await page.EvaluateAsync<string>("navigator.clipboard.readText()"));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Without_javascript_there_is_no_button_and_the_template_is_plain_text()
    {
        var (context, page, _) = await Open(javaScript: false);
        await using var __ = context;

        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "Copy the text above" }).CountAsync());
        Assert.Equal(Template + "\n", await page.Locator(".app-prose pre > code").TextContentAsync());
    }
}
