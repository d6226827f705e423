using SendSite.Diagnostics;

namespace SendSite.Rendering.Markdown.Images;

/// <summary>
/// The file in the input folder that a body's image target names, found as GitHub finds it when it shows the
/// Markdown file in a pull request (what the officer who wrote it sees): from the Markdown file's own folder, or
/// from the input folder's top for a target starting with /. The query and fragment name no file, so they are
/// dropped; %20 and the like are decoded; . and .. are followed by their names, never by the disk, so a link on
/// the way cannot change where ../ leads.
/// </summary>
internal static class ImageTargetPath
{
    private const string ClimbFix =
        "Put the image file inside the input folder, for example beside the Markdown file, and write its name: "
        + "![What the image shows](chart.png).";

    /// <summary>The path in the input folder (forward slashes, as written), or why the target names no file there.</summary>
    /// <param name="target">The target as Markdig read it (entities and backslash escapes already decoded).</param>
    /// <param name="sourceFile">The Markdown file's path in the input folder, forward slashes.</param>
    public static (string? Path, ImageFileProblem? Problem) Resolve(string target, string sourceFile)
    {
        var end = target.IndexOfAny(['?', '#']);
        var written = end < 0 ? target : target[..end];
        if (written.Length == 0)
        {
            return Refused(DiagnosticCodes.ImageFileMissing, "it names no file",
                "Write the image file's name between the round brackets: ![What the image shows](chart.png).");
        }
        if (written.EndsWith('/'))
        {
            return Refused(DiagnosticCodes.ImageNotAFile, "it names a folder, not a file",
                "Write the image file's name after the folder's: ![What the image shows](images/chart.png).");
        }
        var folders = new List<string>();
        if (!written.StartsWith('/'))
        {
            folders.AddRange(sourceFile.Split('/')[..^1]);
        }
        foreach (var part in written.Split('/'))
        {
            var name = Uri.UnescapeDataString(part);
            if (name.Length == 0 || name == ".")
            {
                continue;
            }
            if (name.Any(c => c is '/' or '\\' || char.IsControl(c)))
            {
                return Refused(DiagnosticCodes.ImageFileMissing, "its path has a character no file name here can have (an encoded / or \\, or a control character)",
                    "Write the path with plain / between folders and the file's name as it is: ![What the image shows](images/chart.png).");
            }
            if (name == "..")
            {
                if (folders.Count == 0)
                {
                    return Refused(DiagnosticCodes.ImageOutsideInput, "its ../ climbs out of the input folder, and only files inside it are published", ClimbFix);
                }
                folders.RemoveAt(folders.Count - 1);
                continue;
            }
            folders.Add(name);
        }
        return folders.Count == 0
            ? Refused(DiagnosticCodes.ImageOutsideInput, "it names the input folder itself, not a file in it", ClimbFix)
            : (string.Join('/', folders), null);
    }

    private static (string?, ImageFileProblem?) Refused(string code, string reason, string fix) =>
        (null, new ImageFileProblem(code, reason, fix));
}
