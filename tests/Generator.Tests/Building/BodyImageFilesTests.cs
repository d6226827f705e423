using System.Text;
using SendSite.Diagnostics;
using SendSite.Site.Building;
using SendSite.Tests.Support;

namespace SendSite.Tests.Building;

/// <summary>
/// Issue 14: a body image with a path on the site is a file of the input folder, found from the Markdown file's own
/// folder as GitHub shows it in a pull request, published once under files/ and addressed from each page; anything
/// else is an error at its line and column, with its own code and a fix in plain words. Real files on disk, whole
/// builds (no gate, no search index).
/// </summary>
public sealed class BodyImageFilesTests : IDisposable
{
    private const string PlanFile = "plans/southmere/2024-05-20-priority-action-plan.md";
    private const string PlanPage = "areas/southmere/plans/2024-05-20-priority-action-plan/index.html";
    private const string FromPlanPageToRoot = "../../../../";
    private readonly TempFolder folder = new();
    private readonly string input;

    public BodyImageFilesTests()
    {
        input = SampleInput.WriteTo(folder);
    }

    public void Dispose() => folder.Dispose();

    /// <summary>The sample plan with these lines added to its body, a blank line between: the first is on line 14.</summary>
    private void PlanShows(params string[] lines) =>
        folder.Write("input/" + PlanFile, SampleInput.SouthmerePlan + "\n\n" + string.Join("\n\n", lines) + "\n");

    private static int LineOfAdded(int index) => 14 + (2 * index);

    private void WriteFile(string relative, byte[] bytes)
    {
        var full = folder.Combine(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
    }

    private Task<BuildResult> BuildAsync(string output = "output") =>
        SiteGenerator.BuildAsync(new BuildOptions(input, folder.Combine(output), PipelineHarness.DefaultNow) { RunGate = false, BuildSearchIndex = false }, TextWriter.Null);

    private static void AssertBuilt(BuildResult result) =>
        Assert.True(result.Success, result.Failure + "\n" + string.Join("\n", result.Diagnostics));

    private string Output(string relative) => folder.Combine("output", relative);

    [Fact]
    public async Task A_plan_showing_an_image_beside_it_builds_with_the_file_copied_and_its_address_relative_to_the_page()
    {
        WriteFile("input/plans/southmere/images/waits.png", ImageBytes.Png());
        PlanShows("![Waiting times by month, falling from 30 weeks to 18](images/waits.png)");

        var result = await BuildAsync();

        AssertBuilt(result);
        Assert.Contains(
            $"<img src=\"{FromPlanPageToRoot}files/plans/southmere/images/waits.png\" alt=\"Waiting times by month, falling from 30 weeks to 18\">",
            File.ReadAllText(Output(PlanPage)), StringComparison.Ordinal);
        Assert.Equal(ImageBytes.Png(), File.ReadAllBytes(Output("files/plans/southmere/images/waits.png")));
        Assert.Equal(["waits.png"], Directory.GetFiles(Output("files"), "*", SearchOption.AllDirectories).Select(Path.GetFileName));
    }

    [Fact]
    public async Task A_path_from_the_top_of_the_input_folder_and_one_climbing_with_dots_find_their_files()
    {
        WriteFile("input/images/shared.gif", ImageBytes.Gif());
        WriteFile("input/plans/eastwold/photo.JPG", ImageBytes.Jpeg());
        PlanShows("![A logo](/images/shared.gif?v=2)", "![A photograph](../eastwold/./photo.JPG#top)");

        var result = await BuildAsync();

        AssertBuilt(result);
        var page = File.ReadAllText(Output(PlanPage));
        Assert.Contains($"src=\"{FromPlanPageToRoot}files/images/shared.gif\"", page, StringComparison.Ordinal);
        Assert.Contains($"src=\"{FromPlanPageToRoot}files/plans/eastwold/photo.JPG\"", page, StringComparison.Ordinal);
        Assert.True(File.Exists(Output("files/images/shared.gif")) && File.Exists(Output("files/plans/eastwold/photo.JPG")));
    }

    [Fact]
    public async Task A_name_with_spaces_letters_beyond_ascii_and_a_capital_extension_is_percent_encoded_in_the_page()
    {
        const string Name = "Tâbleau des délais 2025.PNG";
        WriteFile("input/plans/southmere/" + Name, ImageBytes.Png());
        PlanShows("![Waiting times by month](<Tâbleau des délais 2025.PNG>)", "![The same chart](T%C3%A2bleau%20des%20d%C3%A9lais%202025.PNG)");

        var result = await BuildAsync();

        AssertBuilt(result);
        var page = File.ReadAllText(Output(PlanPage));
        const string Address = "files/plans/southmere/T%C3%A2bleau%20des%20d%C3%A9lais%202025.PNG";
        Assert.Equal(2, page.Split($"src=\"{FromPlanPageToRoot}{Address}\"").Length - 1);
        Assert.True(File.Exists(Output("files/plans/southmere/" + Name)));
    }

    public static TheoryData<string, string, string, string> RefusedImages => new()
    {
        // case, what the body shows, the code, words the message must have
        { "missing", "images/gone.png", DiagnosticCodes.ImageFileMissing, "there is no file plans/southmere/images/gone.png in the input folder" },
        { "case", "images/waits.png", DiagnosticCodes.ImageFileMissing, "but there is plans/southmere/images/Waits.png: only capital and small letters differ" },
        { "climbs out", "../../../outside.png", DiagnosticCodes.ImageOutsideInput, "climbs out of the input folder" },
        { "link to /etc/passwd", "x.png", DiagnosticCodes.ImageOutsideInput, "plans/southmere/x.png is a link to a file outside the input folder" },
        { "link to a png outside", "images/linked.png", DiagnosticCodes.ImageOutsideInput, "is a link to a file outside the input folder" },
        { "folder link outside", "shared/real.png", DiagnosticCodes.ImageOutsideInput, "is a link to a file outside the input folder" },
        { "svg", "images/chart.svg", DiagnosticCodes.ImageFormatNotAllowed, "SVG file, which can carry scripts" },
        { "web page as png", "images/page.png", DiagnosticCodes.ImageContentMismatch, "named as a PNG image, but it does not start as a PNG file does" },
        { "jpeg named png", "images/photo.png", DiagnosticCodes.ImageContentMismatch, "is a JPEG image, but its name ends in .png" },
        { "too large", "images/huge.png", DiagnosticCodes.ImageTooLarge, "is 5.0 MB, more than the 5 MB an image may be" },
        { "folder", "images", DiagnosticCodes.ImageNotAFile, "plans/southmere/images is a folder, not an image file" },
        { "empty", "images/empty.png", DiagnosticCodes.ImageNotAFile, "is empty, or is not an ordinary file" },
    };

    private void MakeRefusedFile(string which)
    {
        WriteFile("outside/real.png", ImageBytes.Png());
        WriteFile("input/plans/southmere/images/.keep", []);
        var images = folder.Combine("input/plans/southmere/images");
        switch (which)
        {
            case "case":
                WriteFile("input/plans/southmere/images/Waits.png", ImageBytes.Png());
                break;
            case "link to /etc/passwd":
                File.CreateSymbolicLink(folder.Combine("input/plans/southmere/x.png"), "/etc/passwd");
                break;
            case "link to a png outside":
                File.CreateSymbolicLink(Path.Combine(images, "linked.png"), folder.Combine("outside/real.png"));
                break;
            case "folder link outside":
                Directory.CreateSymbolicLink(folder.Combine("input/plans/southmere/shared"), folder.Combine("outside"));
                break;
            case "svg":
                WriteFile("input/plans/southmere/images/chart.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"u8.ToArray());
                break;
            case "web page as png":
                WriteFile("input/plans/southmere/images/page.png", ImageBytes.HtmlPage());
                break;
            case "jpeg named png":
                WriteFile("input/plans/southmere/images/photo.png", ImageBytes.Jpeg());
                break;
            case "too large":
                WriteFile("input/plans/southmere/images/huge.png", ImageBytes.PngOfSize((5 * 1024 * 1024) + 1));
                break;
            case "empty":
                WriteFile("input/plans/southmere/images/empty.png", []);
                break;
        }
    }

    [Theory]
    [MemberData(nameof(RefusedImages))]
    public async Task An_image_file_that_may_not_be_published_fails_the_build_at_its_line_and_column_with_its_code_and_a_fix(
        string which, string target, string code, string words)
    {
        MakeRefusedFile(which);
        PlanShows($"Our chart: ![Waiting times by month]({target})");

        var result = await BuildAsync();

        Assert.False(result.Success, which);
        var problem = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((code, new SourceLocation(PlanFile, LineOfAdded(0), 12)), (problem.Code, problem.Location));
        Assert.Contains(words, problem.Message, StringComparison.Ordinal);
        Assert.StartsWith($"The image '{target}' cannot be shown: ", problem.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(problem.Fix));
        Assert.False(Directory.Exists(folder.Combine("output")), "nothing is published");
    }

    [Fact]
    public void Validate_reports_every_refused_image_file_in_one_run_and_says_what_is_allowed()
    {
        foreach (var (which, _, _, _) in RefusedImages.Select(row => ((string)row[0], (string)row[1], (string)row[2], (string)row[3])))
        {
            MakeRefusedFile(which);
        }
        var targets = RefusedImages.Select(row => (string)row[1]).ToList();
        PlanShows([.. targets.Select(t => $"![A chart]({t})")]);
        var diagnostics = new DiagnosticBag();

        ContentCheck.Run(input, diagnostics, PipelineHarness.DefaultNow);

        Assert.Equal(
            RefusedImages.Select((row, i) => $"{PlanFile}:{LineOfAdded(i)}:1 {row[2]}"),
            diagnostics.Sorted.Select(d => $"{d.Location} {d.Code}"));
        var svg = diagnostics.Sorted.Single(d => d.Message.Contains("chart.svg", StringComparison.Ordinal));
        Assert.Contains(".png, .jpg, .jpeg, .gif or .webp", svg.Fix, StringComparison.Ordinal);
        var large = diagnostics.Sorted.Single(d => d.Code == DiagnosticCodes.ImageTooLarge);
        Assert.Contains("smaller than 5 MB", large.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_image_only_an_embargoed_report_shows_is_published_nowhere()
    {
        WriteFile("input/reports/eastwold/images/embargoed-chart.png", ImageBytes.Png());
        folder.Write("input/reports/eastwold/2026-10-05-full-inspection.md", """
            ---
            area: eastwold
            kind: full-inspection
            inspection_start: 2026-10-05
            inspection_end: 2026-10-09
            published: 2027-01-15T09:30:00Z
            status: approved
            outcome: inconsistent
            areas_for_improvement:
              - Leaders should make sure plans are reviewed on time.
            ---
            ## What is it like to be a child or young person with SEND in this area?

            ![Waiting times before the inspection](images/embargoed-chart.png)
            """);

        var result = await BuildAsync();

        AssertBuilt(result);
        Assert.False(Directory.Exists(Output("files")), "no image file is published");
        var mentions = Directory.EnumerateFiles(folder.Combine("output"), "*", SearchOption.AllDirectories)
            .Where(f => File.ReadAllText(f).Contains("embargoed-chart", StringComparison.Ordinal))
            .ToList();
        Assert.Empty(mentions);
    }

    [Fact]
    public async Task An_image_two_pages_show_is_written_once_and_both_pages_point_at_it()
    {
        WriteFile("input/images/logo.png", ImageBytes.Png());
        PlanShows("![The partnership's logo](../../images/logo.png)");
        folder.Write("input/reports/northby/2024-03-04-full-inspection.md", SampleInput.NorthbyReport + "\n\n![The partnership's logo](/images/logo.png)\n");
        var log = new StringWriter();

        var result = await SiteGenerator.BuildAsync(
            new BuildOptions(input, folder.Combine("output"), PipelineHarness.DefaultNow) { RunGate = false, BuildSearchIndex = false }, log);

        AssertBuilt(result);
        Assert.Equal(["logo.png"], Directory.GetFiles(Output("files"), "*", SearchOption.AllDirectories).Select(Path.GetFileName));
        Assert.Contains($"src=\"{FromPlanPageToRoot}files/images/logo.png\"", File.ReadAllText(Output(PlanPage)), StringComparison.Ordinal);
        Assert.Contains($"src=\"{FromPlanPageToRoot}files/images/logo.png\"",
            File.ReadAllText(Output("areas/northby/reports/2024-03-04-full-inspection/index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_builds_of_the_same_input_at_the_same_moment_are_byte_identical()
    {
        WriteFile("input/plans/southmere/images/waits.png", ImageBytes.Png(640, 480));
        WriteFile("input/images/a b é.webp", ImageBytes.Webp());
        PlanShows("![Waiting times by month](images/waits.png)", "![A photograph](/images/a%20b%20é.webp)");

        AssertBuilt(await BuildAsync("first"));
        AssertBuilt(await BuildAsync("second"));

        var first = SiteSnapshotOf(folder.Combine("first"));
        var second = SiteSnapshotOf(folder.Combine("second"));
        Assert.Equal(first.Keys, second.Keys);
        Assert.Contains("files/images/a b é.webp", first.Keys);
        Assert.All(first, file => Assert.True(file.Value.SequenceEqual(second[file.Key]), file.Key));
    }

    private static SortedDictionary<string, byte[]> SiteSnapshotOf(string site) =>
        new(Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(site, f).Replace('\\', '/'), File.ReadAllBytes), StringComparer.Ordinal);

    [Fact]
    public async Task A_markdown_file_with_windows_line_endings_and_a_byte_order_mark_shows_its_image_and_places_problems_on_its_lines()
    {
        WriteFile("input/plans/southmere/waits.png", ImageBytes.Png());
        var text = (SampleInput.SouthmerePlan + "\n\n![Waiting times by month](waits.png)\n").Replace("\n", "\r\n", StringComparison.Ordinal);
        WriteFile("input/" + PlanFile, [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)]);

        AssertBuilt(await BuildAsync());
        Assert.Contains($"<img src=\"{FromPlanPageToRoot}files/plans/southmere/waits.png\" alt=\"Waiting times by month\">",
            File.ReadAllText(Output(PlanPage)), StringComparison.Ordinal);

        WriteFile("input/" + PlanFile, [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text + "\r\nSee ![The old chart](old.png)\r\n")]);
        var diagnostics = new DiagnosticBag();
        ContentCheck.Run(input, diagnostics, PipelineHarness.DefaultNow);
        var problem = Assert.Single(diagnostics.Sorted);
        Assert.Equal((DiagnosticCodes.ImageFileMissing, new SourceLocation(PlanFile, 16, 5)), (problem.Code, problem.Location));
    }
}
