using SendSite.Rendering.Markdown;
using SendSite.Tests.Support;

namespace SendSite.Tests.Rendering.Markdown;

/// <summary>
/// The input folder the spec examples are rendered in (reports/example-area/, as <see cref="MarkdownSpecTests.ExampleFile"/>
/// says), with the image and Markdown files Specs/links.md names, written once beside the test assembly, and the pages
/// its Markdown files publish (<see cref="Pages"/>).
/// </summary>
public static class SpecInput
{
    private static readonly Lazy<MarkdownRenderer> Made = new(Make);

    /// <summary>A site's renderer over that folder, no image hosts.</summary>
    public static MarkdownRenderer Renderer => Made.Value;

    /// <summary>
    /// The example itself and a plan are published; a later report is not (a draft, or under embargo); notes/minutes.md
    /// and notes/minutes.pdf are files of the folder that are no report, plan or page.
    /// </summary>
    public static FixedPublishedPages Pages { get; } = new(
        new Dictionary<string, string>
        {
            [MarkdownSpecTests.ExampleFile] = "/areas/example-area/reports/2024-01-01-full-inspection/",
            ["plans/example-area/2024-03-01-priority-action-plan.md"] = "/areas/example-area/plans/2024-03-01-priority-action-plan/",
        },
        ["reports/example-area/2025-06-02-full-inspection.md"]);

    private static MarkdownRenderer Make()
    {
        var root = Path.Combine(AppContext.BaseDirectory, "spec-input");
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
        Write(root, "reports/example-area/images/waits.png", ImageBytes.Png());
        Write(root, "reports/example-area/logo.png", ImageBytes.Png());
        Write(root, "images/shared chart.png", ImageBytes.Png());
        Write(root, "reports/example-area/images/fake.png", ImageBytes.HtmlPage());
        Write(root, "reports/example-area/images/chart.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"u8.ToArray());
        foreach (var markdown in new[] { MarkdownSpecTests.ExampleFile, "plans/example-area/2024-03-01-priority-action-plan.md", "reports/example-area/2025-06-02-full-inspection.md", "notes/minutes.md" })
        {
            Write(root, markdown, "---\n---\nWords.\n"u8.ToArray());
        }
        Write(root, "notes/minutes.pdf", "%PDF-1.4\n"u8.ToArray());
        return MarkdownRenderer.ForSite([], root, () => Pages);
    }

    private static void Write(string root, string relative, byte[] bytes)
    {
        var full = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
    }
}
