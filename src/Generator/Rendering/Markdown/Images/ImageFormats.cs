namespace SendSite.Rendering.Markdown.Images;

/// <summary>
/// The image files a body may show: PNG, JPEG, GIF and WebP, which every browser shows and none runs code from.
/// SVG is refused: it is a document that can carry scripts and links, and an image file is published as it is.
/// A file is judged by its extension and then by its first bytes (its signature), so a web page saved as
/// chart.png is refused rather than published under an image's name. Files over <see cref="MostBytes"/> are
/// refused too: every reader downloads the image, many of them on a phone's data allowance.
/// </summary>
internal static class ImageFormats
{
    /// <summary>5 MB: a chart or photograph saved for a web page is a small part of this.</summary>
    public const long MostBytes = 5 * 1024 * 1024;

    public const string MostBytesText = "5 MB";

    /// <summary>How many bytes from the start of a file are enough to tell every format apart.</summary>
    public const int BytesNeeded = 12;

    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    // The start of image marker, then the first marker of any kind: a JPEG's first three bytes.
    private static readonly byte[] JpegSignature = [0xFF, 0xD8, 0xFF];

    /// <summary>The formats a body may show, in the order messages list them.</summary>
    public static IReadOnlyList<ImageFormat> Allowed { get; } =
    [
        new("PNG", [".png"], bytes => bytes.StartsWith(PngSignature)),
        new("JPEG", [".jpg", ".jpeg"], bytes => bytes.StartsWith(JpegSignature)),
        new("GIF", [".gif"], bytes => bytes.StartsWith("GIF87a"u8) || bytes.StartsWith("GIF89a"u8)),
        new("WebP", [".webp"], bytes => bytes.Length >= BytesNeeded && bytes.StartsWith("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8)),
    ];

    /// <summary>The allowed extensions, as the fix of a message lists them: ".png, .jpg, .jpeg, .gif or .webp".</summary>
    public static string AllowedExtensionsText { get; } = ListOf([.. Allowed.SelectMany(f => f.Extensions)]);

    /// <summary>The format an extension (".PNG" or ".png") names, or null when it is not one a body may show.</summary>
    public static ImageFormat? OfExtension(string extension) =>
        Allowed.FirstOrDefault(f => f.Extensions.Contains(extension.ToLowerInvariant()));

    /// <summary>The allowed format a file's first bytes are, or null when they are none of them.</summary>
    public static ImageFormat? OfBytes(ReadOnlySpan<byte> start)
    {
        foreach (var format in Allowed)
        {
            if (format.StartsWith(start))
            {
                return format;
            }
        }
        return null;
    }

    private static string ListOf(IReadOnlyList<string> items) =>
        items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + " or " + items[^1];
}
