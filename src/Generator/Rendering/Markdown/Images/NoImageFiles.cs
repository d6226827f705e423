using SendSite.Diagnostics;

namespace SendSite.Rendering.Markdown.Images;

/// <summary>
/// For Markdown that is not a file of an input folder (an answer in the plan issue form): there is no folder to
/// find an image file in, so every relative image is refused, never published as a broken address.
/// </summary>
internal sealed class NoImageFiles : IBodyImageFiles
{
    public static NoImageFiles Instance { get; } = new();

    private NoImageFiles()
    {
    }

    public ImageLookup Find(string target, string sourceFile) =>
        ImageLookup.Refused(DiagnosticCodes.ImageFileUnavailable,
            "this text is not a file of the site's input folder, so there is no image file beside it to show",
            "Add the image file beside the Markdown file in the input folder, or use an image over https from a host "
            + "listed in image_hosts in site.yml.");
}
