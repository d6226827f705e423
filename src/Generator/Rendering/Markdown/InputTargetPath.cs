namespace SendSite.Rendering.Markdown;

/// <summary>
/// The file in the input folder that a body's target names, found as GitHub finds it when it shows the Markdown file
/// in a pull request (what the officer who wrote it sees): from the Markdown file's own folder, or from the input
/// folder's top for a target starting with /. The query and fragment name no file, so they are dropped; %20 and the
/// like are decoded; . and .. are followed by their names, never by the disk, so a link on the way cannot change
/// where ../ leads. Shared by image files (Images/ImageTargetPath) and links to pages (Pages/InputPages).
/// </summary>
internal static class InputTargetPath
{
    /// <summary>The path in the input folder (forward slashes, names as written), or why the target names none.</summary>
    /// <param name="target">The target as Markdig read it (entities and backslash escapes already decoded).</param>
    /// <param name="sourceFile">The Markdown file's path in the input folder, forward slashes.</param>
    public static (string? Path, TargetPathFault? Fault) Resolve(string target, string sourceFile)
    {
        var written = WrittenPath(target);
        if (written.Length == 0)
        {
            return (null, TargetPathFault.NoName);
        }
        if (written.EndsWith('/'))
        {
            return (null, TargetPathFault.Folder);
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
                return (null, TargetPathFault.BadCharacter);
            }
            if (name == "..")
            {
                if (folders.Count == 0)
                {
                    return (null, TargetPathFault.ClimbsOut);
                }
                folders.RemoveAt(folders.Count - 1);
                continue;
            }
            folders.Add(name);
        }
        return folders.Count == 0 ? (null, TargetPathFault.InputItself) : (string.Join('/', folders), null);
    }

    /// <summary>The target without its query and fragment, as written (not decoded).</summary>
    public static string WrittenPath(string target)
    {
        var end = target.IndexOfAny(['?', '#']);
        return end < 0 ? target : target[..end];
    }
}
