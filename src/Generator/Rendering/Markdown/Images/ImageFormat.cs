namespace SendSite.Rendering.Markdown.Images;

/// <summary>One kind of image file a body may show: its name for people, its file extensions and how its bytes start.</summary>
/// <param name="Name">What people call it: "PNG".</param>
/// <param name="Extensions">The extensions it is saved with, lower case, the usual one first.</param>
/// <param name="StartsWith">Whether a file's first bytes (at least <see cref="ImageFormats.BytesNeeded"/>, when the file has them) are this format's signature.</param>
internal sealed record ImageFormat(string Name, IReadOnlyList<string> Extensions, Func<ReadOnlySpan<byte>, bool> StartsWith);
