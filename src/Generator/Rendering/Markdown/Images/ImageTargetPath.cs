using SendSite.Diagnostics;

namespace SendSite.Rendering.Markdown.Images;

/// <summary>
/// The file in the input folder that a body's image target names (<see cref="InputTargetPath"/>: from the Markdown
/// file's own folder, as GitHub shows it), or why it names none, in the words and codes of image files.
/// </summary>
internal static class ImageTargetPath
{
    private const string ClimbFix =
        "Put the image file inside the input folder, for example beside the Markdown file, and write its name: "
        + "![What the image shows](chart.png).";

    /// <summary>The path in the input folder (forward slashes, as written), or why the target names no file there.</summary>
    /// <param name="target">The target as Markdig read it (entities and backslash escapes already decoded).</param>
    /// <param name="sourceFile">The Markdown file's path in the input folder, forward slashes.</param>
    public static (string? Path, TargetFileProblem? Problem) Resolve(string target, string sourceFile) =>
        InputTargetPath.Resolve(target, sourceFile) switch
        {
            ({ } path, _) => (path, null),
            (_, TargetPathFault.NoName) => Refused(DiagnosticCodes.ImageFileMissing, "it names no file",
                "Write the image file's name between the round brackets: ![What the image shows](chart.png)."),
            (_, TargetPathFault.Folder) => Refused(DiagnosticCodes.ImageNotAFile, "it names a folder, not a file",
                "Write the image file's name after the folder's: ![What the image shows](images/chart.png)."),
            (_, TargetPathFault.BadCharacter) => Refused(DiagnosticCodes.ImageFileMissing,
                "its path has a character no file name here can have (an encoded / or \\, or a control character)",
                "Write the path with plain / between folders and the file's name as it is: ![What the image shows](images/chart.png)."),
            (_, TargetPathFault.ClimbsOut) => Refused(DiagnosticCodes.ImageOutsideInput,
                "its ../ climbs out of the input folder, and only files inside it are published", ClimbFix),
            _ => Refused(DiagnosticCodes.ImageOutsideInput, "it names the input folder itself, not a file in it", ClimbFix),
        };

    private static (string?, TargetFileProblem?) Refused(string code, string reason, string fix) =>
        (null, new TargetFileProblem(code, reason, fix));
}
