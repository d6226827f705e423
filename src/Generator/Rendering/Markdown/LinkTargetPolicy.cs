using System.Collections.Frozen;

namespace SendSite.Rendering.Markdown;

/// <summary>
/// Decides which link and image targets may be published. An allow-list, because the ways to disguise a
/// dangerous scheme (mixed case, entities, tabs, control characters, look-alike separators) are endless, while
/// the targets an inspection report or a plan needs are few: web pages, email addresses, and other files of
/// this site. Targets arrive already entity-decoded (Markdig decodes them; so does BodyHtml's PublishedTarget).
/// </summary>
internal static class LinkTargetPolicy
{
    private static readonly FrozenSet<string> AllowedSchemes =
        FrozenSet.Create(StringComparer.Ordinal, "http", "https", "mailto");

    private const string ParentFolder = "..";
    private const string CurrentFolder = ".";
    private const string ProtocolRelativePrefix = "//";

    /// <summary>
    /// Why <paramref name="target"/> is refused, in words for the author, or null when it is allowed.
    /// <paramref name="folderDepth"/> is how deep the linking file sits, so relative links cannot climb out of the site.
    /// </summary>
    public static string? FindProblem(string target, int folderDepth)
    {
        if (FindCharacterProblem(target) is { } problem)
        {
            return problem;
        }

        if (SchemeOf(target) is { } scheme)
        {
            return AllowedSchemes.Contains(scheme.ToLowerInvariant())
                ? null
                : $"links starting with '{scheme}:' are not allowed";
        }

        if (target.StartsWith(ProtocolRelativePrefix, StringComparison.Ordinal))
        {
            return "it starts with // (write https:// to link to another site)";
        }

        return FindRelativePathProblem(target, folderDepth);
    }

    /// <summary>
    /// True when the target has no scheme and does not start with //: a path on this site, which for an image
    /// means a file of the input folder (Images/InputImageFiles finds it).
    /// </summary>
    public static bool IsPathOnSite(string target) =>
        SchemeOf(target) is null && !target.StartsWith(ProtocolRelativePrefix, StringComparison.Ordinal);

    /// <summary>Why the target's characters alone make it unsafe (spaces at its ends, control characters, backslashes), or null.</summary>
    public static string? FindCharacterProblem(string target)
    {
        if (target.Length > 0 && (char.IsWhiteSpace(target[0]) || char.IsWhiteSpace(target[^1])))
        {
            return "it starts or ends with a space";
        }

        if (target.Any(char.IsControl))
        {
            return "it contains a tab, line break or other control character";
        }

        if (target.Contains('\\'))
        {
            return "it contains a backslash (use / between folders)";
        }

        return null;
    }

    // Browsers read a scheme from everything before the first ':' that comes before any '/', '?' or '#';
    // judging the same span means nothing a browser would treat as a scheme escapes the allow-list.
    private static string? SchemeOf(string target)
    {
        var schemeEnd = target.IndexOfAny([':', '/', '?', '#']);
        return schemeEnd >= 0 && target[schemeEnd] == ':' ? target[..schemeEnd] : null;
    }

    private static string? FindRelativePathProblem(string target, int folderDepth)
    {
        var pathEnd = target.IndexOfAny(['?', '#']);
        var path = Uri.UnescapeDataString(pathEnd < 0 ? target : target[..pathEnd]);
        if (path.Contains('\\'))
        {
            return "it contains an encoded backslash (use / between folders)";
        }

        var depth = path.StartsWith('/') ? 0 : folderDepth;
        foreach (var segment in path.Split('/'))
        {
            if (segment == ParentFolder)
            {
                depth--;
                if (depth < 0)
                {
                    return "it climbs with ../ above the top folder of the site";
                }
            }
            else if (segment.Length > 0 && segment != CurrentFolder)
            {
                depth++;
            }
        }

        return null;
    }
}
