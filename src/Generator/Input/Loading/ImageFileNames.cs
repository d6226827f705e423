using System.Collections.Frozen;

namespace SendSite.Input.Loading;

/// <summary>
/// Names of image files, which may sit among the Markdown files of reports/, plans/, pages/ and thematic/ because
/// a body shows them (`![What it shows](chart.png)` beside the plan). The loaders leave them alone rather than
/// calling them badly named reports or plans; whether one may be published is decided by the body that shows it
/// (Rendering/Markdown/Images), which allows fewer formats than are listed here: SVG, for one, is listed so that a
/// plan showing one is told why it is refused instead of being told its picture is a badly named plan.
/// </summary>
public static class ImageFileNames
{
    private static readonly FrozenSet<string> Extensions = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        ".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".bmp", ".tif", ".tiff", ".avif", ".heic", ".ico");

    /// <summary>True when the name (or path) ends like an image file, in any letter case.</summary>
    public static bool IsImage(string name) => Extensions.Contains(Path.GetExtension(name));
}
