namespace SendSite.Rendering.Markdown.Images;

/// <summary>
/// An image file of the input folder that a body shows, checked. It is published once, at
/// <see cref="Destination"/>: files/ followed by its path in the input folder, so its address is as permanent as
/// the file's place and two pages showing one file share one copy.
/// </summary>
/// <param name="File">Its path in the input folder, with forward slashes, letter case as on disk: what messages name.</param>
/// <param name="FullPath">Where its bytes are, every link followed (inside the input folder: that was checked).</param>
/// <param name="Destination">Its file in the built site: "files/" + <see cref="File"/>.</param>
/// <param name="Address">The same path as a URL from the site's root, each part percent-encoded (spaces, letters beyond ASCII).</param>
public sealed record BodyImage(string File, string FullPath, string Destination, string Address)
{
    /// <summary>The folder of the built site that holds every image file bodies show.</summary>
    public const string Folder = "files";

    public static BodyImage Of(string file, string fullPath) =>
        new(file, fullPath, Folder + "/" + file, Folder + "/" + string.Join('/', file.Split('/').Select(Uri.EscapeDataString)));
}
