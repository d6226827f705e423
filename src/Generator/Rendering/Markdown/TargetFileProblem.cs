namespace SendSite.Rendering.Markdown;

/// <summary>
/// Why a file of the input folder that a body names (an image it shows, a page it links to) may not be used, for a
/// diagnostic where the author wrote it: its stable code, what is wrong and how to fix it.
/// </summary>
internal sealed record TargetFileProblem(string Code, string Message, string Fix);
