using System.Collections.Concurrent;
using System.Globalization;
using SendSite.Diagnostics;
using SendSite.Input.Loading;

namespace SendSite.Rendering.Markdown.Images;

/// <summary>
/// The image files of one input folder that bodies show, each checked once however many bodies show it (bodies
/// render in parallel: a file is looked at by one thread while the others wait for its answer). A file may be
/// published when its name ends in an allowed extension (<see cref="ImageFormats"/>), it is at exactly that path
/// (capitals included), its real place, every link followed, is inside the input folder, it is an ordinary file of
/// at most <see cref="ImageFormats.MostBytes"/>, and its first bytes are its format's signature. `serve` forgets the
/// files a save changed (<see cref="Forget"/>) and learns which bodies to check again.
/// </summary>
internal sealed class InputImageFiles(InputPaths input) : IBodyImageFiles
{
    private readonly ConcurrentDictionary<string, Lazy<ImageLookup>> checkedFiles = new(StringComparer.Ordinal);

    // Which Markdown files asked for each path, by path in any letter case: adding chart.png mends a body that
    // asked for Chart.png too (its message named the file), so that body is checked again.
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, bool>> askedBy = new(StringComparer.OrdinalIgnoreCase);

    public ImageLookup Find(string target, string sourceFile)
    {
        var (path, problem) = ImageTargetPath.Resolve(target, sourceFile);
        if (path is null)
        {
            return new ImageLookup(null, problem);
        }
        askedBy.GetOrAdd(path, _ => new ConcurrentDictionary<string, bool>(StringComparer.Ordinal))[sourceFile] = true;
        return checkedFiles.GetOrAdd(path, p => new Lazy<ImageLookup>(() => Check(p), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
    }

    /// <summary>
    /// Forgets what was found at these paths (relative to the input folder: saved, added or deleted since), and
    /// returns the Markdown files that asked for any of them, in any letter case, so they can be checked again.
    /// </summary>
    public IReadOnlySet<string> Forget(IEnumerable<string> changedFiles)
    {
        var askers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var changed in changedFiles)
        {
            foreach (var path in checkedFiles.Keys.Where(k => string.Equals(k, changed, StringComparison.OrdinalIgnoreCase)))
            {
                checkedFiles.TryRemove(path, out _);
            }
            if (askedBy.TryGetValue(changed, out var files))
            {
                askers.UnionWith(files.Keys);
            }
        }
        return askers;
    }

    private ImageLookup Check(string path)
    {
        var format = ImageFormats.OfExtension(Path.GetExtension(path));
        var (found, sameButForCase) = ExactNamePath.Find(input.Root, path.Split('/'));
        if (found is null)
        {
            return format is null ? NotAllowed(path) : Missing(path, sameButForCase); // adding the file would not help a name no file may have
        }
        // The same rule as every other file the build reads: no link on the way may lead out of the input folder.
        if (!input.StaysInside(found))
        {
            return ImageLookup.Refused(DiagnosticCodes.ImageOutsideInput, $"{path} is a link to a file outside the input folder, and only files inside it are published",
                "Copy the image file itself into the input folder, beside the Markdown file, instead of a link to it.");
        }
        var real = RealPath.Of(found);
        if (Directory.Exists(real))
        {
            return ImageLookup.Refused(DiagnosticCodes.ImageNotAFile, $"{path} is a folder, not an image file",
                "Write the name of the image file inside that folder: ![What the image shows](folder/chart.png).");
        }
        if (format is null)
        {
            return NotAllowed(path);
        }
        try
        {
            return CheckBytes(path, real, format);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ImageLookup.Refused(DiagnosticCodes.UnreadableFile, $"{path} cannot be read ({e.Message})",
                "Check the image file exists and can be read, then run the build again.");
        }
    }

    private static ImageLookup Missing(string path, string? sameButForCase) => sameButForCase is null
        ? ImageLookup.Refused(DiagnosticCodes.ImageFileMissing, $"there is no file {path} in the input folder (the path is read from the Markdown file's own folder)",
            "Put the image file there, or correct its name or folder in the text: the path starts from the folder the Markdown file is in.")
        : ImageLookup.Refused(DiagnosticCodes.ImageFileMissing, $"there is no file {path}, but there is {sameButForCase}: only capital and small letters differ",
            $"Write the name exactly as the file is named, capitals included ({sameButForCase}), or rename the file: web addresses tell capitals from small letters.");

    private static ImageLookup CheckBytes(string path, string real, ImageFormat format)
    {
        var info = new FileInfo(real);
        if (!info.Exists)
        {
            return ImageLookup.Refused(DiagnosticCodes.ImageFileMissing, $"{path} is a link to a file that is not there",
                "Put the image file itself where the link is, or correct the image's path in the text.");
        }
        // Pipes and devices have no size; reading one could wait for ever, so nothing without bytes is opened.
        if (info.Length == 0)
        {
            return ImageLookup.Refused(DiagnosticCodes.ImageNotAFile, $"{path} is empty, or is not an ordinary file",
                "Save the image again as a PNG, JPEG, GIF or WebP file, and check it opens in an image viewer.");
        }
        if (info.Length > ImageFormats.MostBytes)
        {
            return ImageLookup.Refused(DiagnosticCodes.ImageTooLarge,
                $"{path} is {Megabytes(info.Length)} MB, more than the {ImageFormats.MostBytesText} an image may be (every reader downloads it, many on a phone)",
                $"Make the file smaller than {ImageFormats.MostBytesText}: save it at the size it is shown (1,000 pixels wide is plenty for a page), or as JPEG if it is a photograph.");
        }
        var start = new byte[ImageFormats.BytesNeeded];
        int read;
        using (var stream = new FileStream(real, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1))
        {
            read = stream.ReadAtLeast(start, start.Length, throwOnEndOfStream: false);
        }
        var actual = ImageFormats.OfBytes(start.AsSpan(0, read));
        if (actual == format)
        {
            return ImageLookup.Found(BodyImage.Of(path, real));
        }
        return actual is null
            ? ImageLookup.Refused(DiagnosticCodes.ImageContentMismatch,
                $"{path} is named as a {format.Name} image, but it does not start as a {format.Name} file does, so it is not one (it may be a web page or another kind of file given an image's name)",
                $"Open the picture in an image editor and save or export it as {format.Name}, then use that file.")
            : ImageLookup.Refused(DiagnosticCodes.ImageContentMismatch,
                $"{path} is a {actual.Name} image, but its name ends in {Path.GetExtension(path)}",
                $"Rename the file to end in {actual.Extensions[0]} and change its name in the text to match.");
    }

    private static string Megabytes(long bytes) =>
        (bytes / (1024.0 * 1024.0)).ToString("0.0", CultureInfo.InvariantCulture);

    private static ImageLookup NotAllowed(string path)
    {
        var extension = Path.GetExtension(path);
        var allowed = $"Save the image as PNG (best for charts and screenshots) or JPEG (best for photographs) and show that file; files may end in {ImageFormats.AllowedExtensionsText}.";
        if (string.Equals(extension, ".svg", StringComparison.OrdinalIgnoreCase))
        {
            return ImageLookup.Refused(DiagnosticCodes.ImageFormatNotAllowed,
                $"{path} is an SVG file, which can carry scripts and links, so the site does not publish SVG images", allowed);
        }
        return ImageLookup.Refused(DiagnosticCodes.ImageFormatNotAllowed,
            extension.Length == 0
                ? $"{path} has no extension, so it is not one of the kinds of image the site publishes"
                : $"{path} is a {extension} file, which is not one of the kinds of image the site publishes",
            allowed);
    }
}
