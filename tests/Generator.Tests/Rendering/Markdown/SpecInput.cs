using SendSite.Rendering.Markdown;
using SendSite.Tests.Support;

namespace SendSite.Tests.Rendering.Markdown;

/// <summary>
/// The input folder the spec examples are rendered in (reports/example-area/, as <see cref="MarkdownSpecTests.ExampleFile"/>
/// says), with the image files Specs/links.md names, written once beside the test assembly.
/// </summary>
public static class SpecInput
{
    private static readonly Lazy<MarkdownRenderer> Made = new(Make);

    /// <summary>A site's renderer over that folder, no image hosts.</summary>
    public static MarkdownRenderer Renderer => Made.Value;

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
        return MarkdownRenderer.ForSite([], root);
    }

    private static void Write(string root, string relative, byte[] bytes)
    {
        var full = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
    }
}
