using SendSite.Engine;
using SendSite.Hosting.Preview;
using SendSite.Input.Loading;
using SendSite.Site.Building;
using SendSite.Site.Session;
using SendSite.Tests.Support;

namespace SendSite.Tests.Preview;

/// <summary>
/// What `serve` shows after taking in one saved file is exactly what a build of the whole input would write: every
/// file, byte for byte, after edits, a deletion, a new report under embargo and a new plan.
/// </summary>
public sealed class PreviewRendererTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private readonly TempFolder folder = new();
    private readonly string input;

    public PreviewRendererTests()
    {
        input = SampleInput.WriteTo(folder);
    }

    public void Dispose() => folder.Dispose();

    private static BuildContext ContextOf(SiteSession session) =>
        session.Context(session.Model(), new SiteTheme(RepositoryRoot.Combine("themes", "default"), RepositoryRoot.Combine("node_modules"), session.Input.Full(InputPaths.LayoutsFolder)), session.Bodies.Snapshot());

    private static SiteSession Load(string input) => SiteSession.Load(input, BodyMode.Kept, Now);

    /// <summary>What a build writes: every pipeline's documents, then the image files the pages showed once their text was made.</summary>
    private static IReadOnlyList<Document> Built(BuildContext context)
    {
        var documents = new PipelineRunner<BuildContext>(SitePipelines.All()).Run(context);
        foreach (var document in documents)
        {
            document.TextNow();
        }
        return [.. documents.Concat(context.Images.Documents()).OrderBy(d => d.Destination, StringComparer.Ordinal)];
    }

    private static void AssertSameSite(IReadOnlyList<Document> expected, IReadOnlyList<Document> actual)
    {
        Assert.Equal(expected.Select(d => d.Destination), actual.Select(d => d.Destination));
        foreach (var (built, shown) in expected.Zip(actual))
        {
            Assert.True(built.SourcePath == shown.SourcePath && built.TextNow() == shown.TextNow(), $"{built.Destination} differs from a whole build");
        }
    }

    [Theory]
    [InlineData("plan edited")]
    [InlineData("report deleted")]
    [InlineData("report under embargo added")]
    [InlineData("monitoring findings edited")]
    [InlineData("plan added")]
    [InlineData("plan shows an image file")]
    public async Task Taking_in_one_file_gives_the_same_site_as_building_everything(string change)
    {
        var content = Load(input);
        Assert.DoesNotContain(content.Diagnostics, d => d.Severity == SendSite.Diagnostics.Severity.Error);
        var before = PreviewRenderer.Everything(ContextOf(content));
        AssertSameSite(Built(ContextOf(content)), await PreviewRenderer.DocumentsAsync(before));

        var file = change switch
        {
            "plan edited" => folder.Write("input/plans/southmere/2024-05-20-priority-action-plan.md", SampleInput.SouthmerePlan
                .Replace("title: Southmere priority action plan", "title: Southmere plan for shorter waits")
                .Replace("We will reduce waiting times.", "We will halve waiting times.")),
            "report deleted" => Delete("input/reports/northby/2024-03-04-full-inspection.md"),
            "report under embargo added" => folder.Write("input/reports/northby/2025-10-06-full-inspection.md", SampleInput.NorthbyReport
                .Replace("inspection_start: 2024-03-04", "inspection_start: 2025-10-06")
                .Replace("inspection_end: 2024-03-08", "inspection_end: 2025-10-10")
                .Replace("published: 2024-05-10T09:30:00Z", "published: 2026-11-24T09:30:00Z")),
            "monitoring findings edited" => folder.Write("input/reports/southmere/2025-09-01-monitoring-inspection.md", SampleInput.SouthmereMonitoring
                .Replace("progress: not-effective", "progress: effective")),
            "plan added" => folder.Write("input/plans/northby/2024-08-01-strategic-plan.md", SampleInput.SouthmerePlan
                .Replace("area: southmere", "area: northby")
                .Replace("kind: priority-action-plan", "kind: strategic-plan")
                .Replace("responds_to: 2024-01-15-full-inspection", "responds_to: 2024-03-04-full-inspection")
                .Replace("submitted: 2024-04-10\n", "")
                .Replace("published: 2024-05-20", "published: 2024-08-01")),
            "plan shows an image file" => ShowImage(),
            _ => throw new ArgumentOutOfRangeException(nameof(change)),
        };
        var relative = Path.GetRelativePath(input, file).Replace('\\', '/');

        var areas = content.Reload([relative]);
        Assert.DoesNotContain(content.Diagnostics, d => d.Severity == SendSite.Diagnostics.Severity.Error);
        var updated = PreviewRenderer.Update(await before.AllAsync(), ContextOf(content), areas, new HashSet<string>(StringComparer.Ordinal));

        AssertSameSite(Built(ContextOf(Load(input))), await PreviewRenderer.DocumentsAsync(updated));
    }

    [Theory]
    [InlineData("reports/harrowdene-north/2023-09-11-full-inspection.md")] // about a former area split in two
    [InlineData("reports/greywater")] // a merged area: every report of it
    public async Task Taking_in_the_bundled_sites_reports_gives_the_same_site_as_building_everything(string what)
    {
        var bundled = folder.Combine("bundled");
        CopyFolder(RepositoryRoot.Combine("input"), bundled);
        var content = Load(bundled);
        var site = await PreviewRenderer.Everything(ContextOf(content)).AllAsync();
        var files = Directory.Exists(Path.Combine(bundled, what))
            ? Directory.GetFiles(Path.Combine(bundled, what), "*.md").Order(StringComparer.Ordinal).Select(f => Path.GetRelativePath(bundled, f).Replace('\\', '/')).ToList()
            : [what];
        foreach (var file in files)
        {
            File.AppendAllText(Path.Combine(bundled, file), "\nOne more sentence, added in the preview.\n");
        }

        var areas = content.Reload(files);
        var updated = PreviewRenderer.Update(site, ContextOf(content), areas, new HashSet<string>([.. areas.Select(a => $"areas/{a}/index.html")], StringComparer.Ordinal));

        var documents = await PreviewRenderer.DocumentsAsync(updated);
        AssertSameSite(Built(ContextOf(Load(bundled))), documents);
        Assert.Contains(documents, d => d.Text?.Contains("One more sentence, added in the preview.", StringComparison.Ordinal) == true);
    }

    // Issue 14: the image files serve serves (read from its kept bodies) are those a build writes (learnt as it writes pages).
    private string ShowImage()
    {
        Directory.CreateDirectory(folder.Combine("input/plans/southmere/images"));
        File.WriteAllBytes(folder.Combine("input/plans/southmere/images/waits.png"), ImageBytes.Png());
        return folder.Write("input/plans/southmere/2024-05-20-priority-action-plan.md", SampleInput.SouthmerePlan + "\n\n![Waiting times by month](images/waits.png)\n");
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [Fact]
    public void A_file_saved_with_errors_reports_them_and_keeps_the_others_problems_apart()
    {
        var content = Load(input);
        const string Plan = "plans/southmere/2024-05-20-priority-action-plan.md";
        folder.Write("input/" + Plan, SampleInput.SouthmerePlan.Replace("status: approved", "status: aproved"));

        content.Reload([Plan]);

        var error = Assert.Single(content.Diagnostics, d => d.Severity == SendSite.Diagnostics.Severity.Error);
        Assert.Equal(Plan, error.Location.File);
        Assert.Equal("SEND204", error.Code);
        Assert.DoesNotContain(content.Content!.Plans, p => p.Body.File == Plan);

        folder.Write("input/" + Plan, SampleInput.SouthmerePlan);
        content.Reload([Plan]);
        Assert.DoesNotContain(content.Diagnostics, d => d.Severity == SendSite.Diagnostics.Severity.Error);
        Assert.Contains(content.Content!.Plans, p => p.Body.File == Plan);
    }

    private string Delete(string relative)
    {
        var path = folder.Combine(relative);
        File.Delete(path);
        return path;
    }
}
