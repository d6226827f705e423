using System.Diagnostics;
using System.Net.Sockets;
using SendSite.Hosting.Preview;
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

            folder.Write(PlanFile, SampleInput.SouthmerePlan.Replace("title: Southmere priority action plan", "title: Southmere plan to cut waiting times"));
            await WaitForPageAsync(page, text => text.Contains("Southmere plan to cut waiting times"));
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

    private async Task WaitForUpdateAsync(PreviewSession session, int before)
    {
        var clock = Stopwatch.StartNew();
        while (session.BuildsFinished <= before)
        {
            Assert.True(clock.Elapsed < Patience, $"serve did not take in the save within {Patience.TotalSeconds} s");
            await Task.Delay(20);
        }
        await session.Checked; // the site-wide pages too
    }

    private async Task<(int Status, string Text)> GetAsync(PreviewSession session, string path)
    {
        using var response = await http.GetAsync(new Uri(session.Address, path));
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Editing_a_plan_updates_its_page_and_its_area_page()
    {
        await using var session = await StartAsync();
        var plan = new Uri(session.Address, "areas/southmere/plans/2024-05-20-priority-action-plan/");
        var area = new Uri(session.Address, "areas/southmere/");
        Assert.Contains("We will reduce waiting times.", await http.GetStringAsync(plan));

        folder.Write(PlanFile, SampleInput.SouthmerePlan
            .Replace("title: Southmere priority action plan", "title: Southmere plan for shorter waits")
            .Replace("We will reduce waiting times.", "We will halve waiting times by March."));

        await WaitForPageAsync(plan, text => text.Contains("We will halve waiting times by March.") && text.Contains("Southmere plan for shorter waits"));
        var areaPage = await WaitForPageAsync(area, text => text.Contains("Southmere plan for shorter waits"));
        Assert.DoesNotContain("Southmere priority action plan", areaPage);
        Assert.DoesNotContain("The preview could not be rebuilt", areaPage);
    }

    [Fact]
    public async Task A_plan_that_answers_a_report_that_does_not_exist_shows_the_error_then_recovers()
    {
        await using var session = await StartAsync();
        var plan = new Uri(session.Address, "areas/southmere/plans/2024-05-20-priority-action-plan/");

        // Only the rule across files can find this one: the plan file alone is well formed.
        folder.Write(PlanFile, SampleInput.SouthmerePlan.Replace("responds_to: 2024-01-15-full-inspection", "responds_to: 2024-01-16-full-inspection"));
        var broken = await WaitForPageAsync(plan, text => text.Contains("The preview could not be rebuilt"));
        Assert.Contains("plans/southmere/2024-05-20-priority-action-plan.md", broken);
        Assert.Contains("2024-01-16-full-inspection", broken);
        Assert.Contains("We will reduce waiting times.", broken); // the last good version, under the errors

        folder.Write(PlanFile, SampleInput.SouthmerePlan.Replace("We will reduce waiting times.", "Waiting times will fall."));
        var mended = await WaitForPageAsync(plan, text => text.Contains("Waiting times will fall."));
        Assert.DoesNotContain("The preview could not be rebuilt", mended);
    }

    [Fact]
    public async Task Deleting_a_report_removes_its_page_and_its_mention_on_the_area_page()
    {
        await using var session = await StartAsync();
        const string Report = "areas/northby/reports/2024-03-04-full-inspection/";
        Assert.Equal(200, (await GetAsync(session, Report)).Status);
        Assert.Contains("2024-03-04-full-inspection", (await GetAsync(session, "areas/northby/")).Text);

        var before = session.BuildsFinished;
        File.Delete(folder.Combine("input/reports/northby/2024-03-04-full-inspection.md"));
        await WaitForUpdateAsync(session, before);

        var (status, page) = await GetAsync(session, Report);
        Assert.Equal(404, status);
        Assert.DoesNotContain("Children wait too long", page);
        Assert.DoesNotContain("2024-03-04-full-inspection", (await GetAsync(session, "areas/northby/")).Text);
        foreach (var everywhere in new[] { "", "sitemap.xml", "sitemap/", "feeds/all.xml", "areas/northby/feed.xml", "data/inspections.csv" })
        {
            Assert.DoesNotContain("2024-03-04-full-inspection", (await GetAsync(session, everywhere)).Text);
        }
    }

    [Fact]
    public async Task A_report_under_embargo_never_appears_and_search_is_not_served()
    {
        await using var session = await StartAsync();
        var before = session.BuildsFinished;
        // Published the day after --now: a real report, approved, but not yet public.
        folder.Write("input/reports/northby/2025-10-06-full-inspection.md", SampleInput.NorthbyReport
            .Replace("inspection_start: 2024-03-04", "inspection_start: 2025-10-06")
            .Replace("inspection_end: 2024-03-08", "inspection_end: 2025-10-10")
            .Replace("published: 2024-05-10T09:30:00Z", "published: 2026-11-24T09:30:00Z")
            .Replace("Children wait too long for assessments.", "Embargoed finding about assessments."));
        await WaitForUpdateAsync(session, before);

        Assert.Equal(404, (await GetAsync(session, "areas/northby/reports/2025-10-06-full-inspection/")).Status);
        foreach (var everywhere in new[] { "", "areas/northby/", "sitemap.xml", "sitemap/", "feeds/all.xml", "areas/northby/feed.xml", "data/inspections.csv", "data/inspections.json", "outcomes/" })
        {
            var text = (await GetAsync(session, everywhere)).Text;
            Assert.DoesNotContain("2025-10-06-full-inspection", text);
            Assert.DoesNotContain("Embargoed finding", text);
        }
        // No search index at all in the preview, so none can hold it; the search page says so.
        Assert.Equal(404, (await GetAsync(session, "search/pagefind/pagefind.js")).Status);
        Assert.Contains(PreviewNotices.SearchNotice, (await GetAsync(session, "search/")).Text);
    }

    [Fact]
    public async Task A_missing_page_gets_the_sites_own_404_page()
    {
        await using var session = await StartAsync();

        using var response = await http.GetAsync(new Uri(session.Address, "areas/nowhere/"));

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<h1", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_save_that_fails_validation_or_crashes_rendering_does_not_stop_later_saves_being_taken_in()
    {
        // The layouts folder exists from the start, so the watcher sees the layout saved into it below.
        Directory.CreateDirectory(folder.Combine("input", "layouts"));
        await using var session = await StartAsync();
        var plan = new Uri(session.Address, "areas/southmere/plans/2024-05-20-priority-action-plan/");

        // Issue 14: a 3,000-level list once crashed Markdig, and after such a save serve reacted to nothing more.
        var deepList = string.Concat(Enumerable.Range(0, 3000).Select(level => new string(' ', level * 2) + "- x\n"));
        folder.Write(PlanFile, SampleInput.SouthmerePlan + "\n" + deepList);
        var refused = await WaitForPageAsync(plan, text => text.Contains("The preview could not be rebuilt"));
        Assert.Contains("plans/southmere/2024-05-20-priority-action-plan.md", refused);
        folder.Write(PlanFile, SampleInput.SouthmerePlan.Replace("We will reduce waiting times.", "Waiting times will fall."));
        var taken = await WaitForPageAsync(plan, text => text.Contains("Waiting times will fall."));
        Assert.DoesNotContain("The preview could not be rebuilt", taken);

        // A layout that renders itself: Fluid gives up with an exception while the pages are made, not a mistake
        // found on reading the theme, so it reaches serve as a crash of rendering.
        folder.Write("input/layouts/area.liquid", "{% render 'area' %}");
        var crashed = await WaitForPageAsync(new Uri(session.Address, "areas/southmere/"), text => text.Contains("maximum level of recursion"));
        Assert.Contains("The preview could not be rebuilt", crashed);

        File.Delete(folder.Combine("input", "layouts", "area.liquid"));
        folder.Write(PlanFile, SampleInput.SouthmerePlan.Replace("We will reduce waiting times.", "Waiting times will fall by half."));
        var mended = await WaitForPageAsync(plan, text => text.Contains("Waiting times will fall by half."));
        Assert.DoesNotContain("The preview could not be rebuilt", mended);
        var area = await http.GetStringAsync(new Uri(session.Address, "areas/southmere/"));
        Assert.Contains("Southmere priority action plan", area);
    }

    [Fact]
    public async Task A_layout_removed_in_a_save_that_has_errors_is_gone_once_the_errors_are_fixed()
    {
        Directory.CreateDirectory(folder.Combine("input", "layouts"));
        await using var session = await StartAsync();
        var plan = new Uri(session.Address, "areas/southmere/plans/2024-05-20-priority-action-plan/");
        folder.Write("input/layouts/area.liquid", "{% render 'area' %}");
        await WaitForPageAsync(new Uri(session.Address, "areas/southmere/"), text => text.Contains("maximum level of recursion"));

        // One save removes the layout and breaks the plan: everything is loaded again, and the load stops at the
        // plan's error. The next save mends the plan alone; the layout it shows must be the theme's, not the removed one.
        File.Delete(folder.Combine("input", "layouts", "area.liquid"));
        folder.Write(PlanFile, SampleInput.SouthmerePlan.Replace("title:", "titel:"));
        await WaitForPageAsync(plan, text => text.Contains("titel"));
        folder.Write(PlanFile, SampleInput.SouthmerePlan.Replace("We will reduce waiting times.", "Waiting times will fall by half."));

        var mended = await WaitForPageAsync(plan, text => text.Contains("Waiting times will fall by half."));
        Assert.DoesNotContain("The preview could not be rebuilt", mended);
    }

    private void WriteImage(string relative, byte[] bytes)
    {
        var full = folder.Combine(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
    }

    private async Task<byte[]> WaitForBytesAsync(Uri file, byte[] expected)
    {
        var clock = Stopwatch.StartNew();
        byte[] bytes;
        do
        {
            using var response = await http.GetAsync(file);
            bytes = await response.Content.ReadAsByteArrayAsync();
            if (response.IsSuccessStatusCode && bytes.SequenceEqual(expected))
            {
                return bytes;
            }
            await Task.Delay(100);
        }
        while (clock.Elapsed < Patience);
        Assert.Fail($"{file} was not served as expected within {Patience.TotalSeconds} s");
        return bytes;
    }

    [Fact]
    public async Task A_saved_image_and_a_new_image_a_plan_shows_are_served_and_the_browser_is_told_to_reload()
    {
        Directory.CreateDirectory(folder.Combine("input/plans/southmere/images"));
        WriteImage("input/plans/southmere/images/waits.png", ImageBytes.Png(4, 3));
        folder.Write(PlanFile, SampleInput.SouthmerePlan + "\n\n![Waiting times by month](images/waits.png)\n");
        await using var session = await StartAsync();
        var plan = new Uri(session.Address, "areas/southmere/plans/2024-05-20-priority-action-plan/");
        var image = new Uri(session.Address, "files/plans/southmere/images/waits.png");
        var versionAddress = new Uri(session.Address, LiveReload.VersionPath.TrimStart('/'));
        Assert.Contains("src=\"../../../../files/plans/southmere/images/waits.png\"", await http.GetStringAsync(plan));
        await WaitForBytesAsync(image, ImageBytes.Png(4, 3));

        // Saved again, larger: the plan is checked again and made again, so the browser reloads and fetches it.
        var version = await http.GetStringAsync(versionAddress);
        var before = session.BuildsFinished;
        WriteImage("input/plans/southmere/images/waits.png", ImageBytes.Png(8, 6));
        await WaitForUpdateAsync(session, before);
        Assert.NotEqual(version, await http.GetStringAsync(versionAddress));
        await WaitForBytesAsync(image, ImageBytes.Png(8, 6));

        // A new image the plan shows before the file is there: an error, then mended by adding the file alone.
        folder.Write(PlanFile, SampleInput.SouthmerePlan + "\n\n![Waiting times by month](images/waits.png)\n\n![Our new chart](images/new-chart.png)\n");
        var missing = await WaitForPageAsync(plan, text => text.Contains("The preview could not be rebuilt"));
        Assert.Contains("SEND118", missing);
        WriteImage("input/plans/southmere/images/new-chart.png", ImageBytes.Png(5, 5));
        var mended = await WaitForPageAsync(plan, text => text.Contains("files/plans/southmere/images/new-chart.png") && !text.Contains("The preview could not be rebuilt"));
        Assert.Contains("alt=\"Our new chart\"", mended);
        await WaitForBytesAsync(new Uri(session.Address, "files/plans/southmere/images/new-chart.png"), ImageBytes.Png(5, 5));
    }

    [Fact]
    public async Task A_plan_linking_to_a_report_another_area_saves_as_a_draft_shows_the_error_then_links_again_once_it_is_approved()
    {
        const string NorthbyReport = "input/reports/northby/2024-03-04-full-inspection.md";
        folder.Write(PlanFile, SampleInput.SouthmerePlan + "\n\nAs [Northby found](../../reports/northby/2024-03-04-full-inspection.md), waits fell.\n");
        await using var session = await StartAsync();
        var plan = new Uri(session.Address, "areas/southmere/plans/2024-05-20-priority-action-plan/");
        const string Link = "href=\"../../../../areas/northby/reports/2024-03-04-full-inspection/\"";
        Assert.Contains(Link, await http.GetStringAsync(plan));

        // Only the report is saved; the plan that links to it, in another area, is checked again with it.
        folder.Write(NorthbyReport, SampleInput.NorthbyReport.Replace("status: approved", "status: draft"));
        var broken = await WaitForPageAsync(plan, text => text.Contains("The preview could not be rebuilt"));
        Assert.Contains("SEND127", broken);
        Assert.Contains("reports/northby/2024-03-04-full-inspection.md is not published", broken);

        folder.Write(NorthbyReport, SampleInput.NorthbyReport);
        var mended = await WaitForPageAsync(plan, text => !text.Contains("The preview could not be rebuilt"));
        Assert.Contains(Link, mended);
    }
}
