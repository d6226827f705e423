using SendSite.Building;
using SendSite.Calendar;
using SendSite.Diagnostics;
using SendSite.Engine;
using SendSite.Loading;
using SendSite.Model;
using SendSite.Pipelines;
using SendSite.Preview;
using SendSite.Rendering.Markdown;
using SendSite.Rendering.Templates;
using SendSite.Tests.Support;

namespace SendSite.Tests.Preview;

/// <summary>
/// What `serve` shows after taking in one saved file is exactly what a build of the whole input would write: every
/// file, byte for byte, after edits, a deletion, a new report under embargo and a new plan.
/// </summary>
public sealed class PreviewRendererTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly HashSet<string> AllFirst = new(StringComparer.Ordinal) { nameof(AreaPages), nameof(ReportPages), nameof(PlanPages) };

    private readonly TempFolder folder = new();
    private readonly string input;
    private readonly TemplateRenderer templates;
    private readonly ThemeAssets assets = new(RepositoryRoot.Combine("themes", "default", "assets"), RepositoryRoot.Combine("node_modules"));

    public PreviewRendererTests()
    {
        input = SampleInput.WriteTo(folder);
        templates = new TemplateRenderer([Path.Combine(input, InputPaths.LayoutsFolder), RepositoryRoot.Combine("themes", "default", "layouts")]);
    }

    public void Dispose() => folder.Dispose();

    private BuildContext ContextOf(PreviewContent content) =>
        new(SiteModelBuilder.Build(content.Content, Now, WorkingDayCalendar.EnglandAndWales), templates, assets,
            new MarkdownBodies(new DiagnosticBag(), new Dictionary<string, RenderedMarkdown>(content.Bodies, StringComparer.Ordinal)));

    private static void AssertSameSite(IReadOnlyList<Document> expected, IReadOnlyList<Document> actual)
    {
        Assert.Equal(expected.Select(d => d.Destination), actual.Select(d => d.Destination));
        foreach (var (built, shown) in expected.Zip(actual))
        {
            Assert.True(built.SourcePath == shown.SourcePath && built.TextNow() == shown.TextNow(), $"{built.Destination} differs from a whole build");
        }
    }

    [Theory]
    [InlineData("plan edited", false)]
    [InlineData("plan edited", true)]
    [InlineData("report deleted", false)]
    [InlineData("report under embargo added", false)]
    [InlineData("monitoring findings edited", true)]
    [InlineData("plan added", false)]
    public async Task Taking_in_one_file_gives_the_same_site_as_building_everything(string change, bool onlyAreaPagesFirst)
    {
        var content = PreviewContent.Load(input, out var problems)!;
        Assert.DoesNotContain(problems, d => d.Severity == Diagnostics.Severity.Error);
        var before = PreviewRenderer.Everything(ContextOf(content));
        AssertSameSite(new PipelineRunner(SitePipelines.All()).Run(ContextOf(content)), await PreviewRenderer.DocumentsAsync(before));

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
            _ => throw new ArgumentOutOfRangeException(nameof(change)),
        };
        var relative = Path.GetRelativePath(input, file).Replace('\\', '/');

        var areas = content.Reload([relative]);
        Assert.DoesNotContain(content.Diagnostics, d => d.Severity == Diagnostics.Severity.Error);
        var context = ContextOf(content);
        var first = onlyAreaPagesFirst ? new HashSet<string>(StringComparer.Ordinal) { nameof(AreaPages) } : AllFirst;
        var updated = PreviewRenderer.Update(await before.AllAsync(), context, areas, first);

        AssertSameSite(new PipelineRunner(SitePipelines.All()).Run(ContextOf(PreviewContent.Load(input, out _)!)), await PreviewRenderer.DocumentsAsync(updated));
    }

    [Theory]
    [InlineData("reports/harrowdene-north/2023-09-11-full-inspection.md")] // about a former area split in two
    [InlineData("reports/greywater")] // a merged area: every report of it
    public async Task Taking_in_the_bundled_sites_reports_gives_the_same_site_as_building_everything(string what)
    {
        var bundled = folder.Combine("bundled");
        CopyFolder(RepositoryRoot.Combine("input"), bundled);
        var content = PreviewContent.Load(bundled, out _)!;
        var site = await PreviewRenderer.Everything(ContextOf(content)).AllAsync();
        var files = Directory.Exists(Path.Combine(bundled, what))
            ? Directory.GetFiles(Path.Combine(bundled, what), "*.md").Order(StringComparer.Ordinal).Select(f => Path.GetRelativePath(bundled, f).Replace('\\', '/')).ToList()
            : [what];
        foreach (var file in files)
        {
            File.AppendAllText(Path.Combine(bundled, file), "\nOne more sentence, added in the preview.\n");
        }

        var areas = content.Reload(files);
        var updated = PreviewRenderer.Update(site, ContextOf(content), areas, new HashSet<string>(StringComparer.Ordinal) { nameof(AreaPages) });

        var documents = await PreviewRenderer.DocumentsAsync(updated);
        AssertSameSite(new PipelineRunner(SitePipelines.All()).Run(ContextOf(PreviewContent.Load(bundled, out _)!)), documents);
        Assert.Contains(documents, d => d.Text?.Contains("One more sentence, added in the preview.", StringComparison.Ordinal) == true);
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
        var content = PreviewContent.Load(input, out _)!;
        const string Plan = "plans/southmere/2024-05-20-priority-action-plan.md";
        folder.Write("input/" + Plan, SampleInput.SouthmerePlan.Replace("status: approved", "status: aproved"));

        content.Reload([Plan]);

        var error = Assert.Single(content.Diagnostics, d => d.Severity == Diagnostics.Severity.Error);
        Assert.Equal(Plan, error.Location.File);
        Assert.Equal("SEND204", error.Code);
        Assert.DoesNotContain(content.Content.Plans, p => p.Body.File == Plan);

        folder.Write("input/" + Plan, SampleInput.SouthmerePlan);
        content.Reload([Plan]);
        Assert.DoesNotContain(content.Diagnostics, d => d.Severity == Diagnostics.Severity.Error);
        Assert.Contains(content.Content.Plans, p => p.Body.File == Plan);
    }

    private string Delete(string relative)
    {
        var path = folder.Combine(relative);
        File.Delete(path);
        return path;
    }
}
