namespace SendSite.Rendering.Markdown.Pages;

/// <summary>
/// Whether a target names a Markdown file (its path, before any query or fragment and once decoded, ends in .md, in
/// any letter case): a link GitHub's preview follows to that file, and the site to the page the file publishes.
/// </summary>
internal static class MarkdownFileTarget
{
    private const string Extension = ".md";

    public static bool Names(string target)
    {
        var path = Uri.UnescapeDataString(InputTargetPath.WrittenPath(target));
        var name = path[(path.LastIndexOf('/') + 1)..];
        return name.Length > Extension.Length && name.EndsWith(Extension, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The fragment the author wrote, with its # (empty when none), percent-encoded as an address carries it.</summary>
    public static string Fragment(string target)
    {
        var at = target.IndexOf('#');
        if (at < 0 || at == target.Length - 1)
        {
            return "";
        }
        return "#" + Uri.EscapeDataString(Uri.UnescapeDataString(target[(at + 1)..]));
    }
}
