using System.Text.RegularExpressions;

namespace SendSite.Gate;

/// <summary>Turns axe's criterion tags into the numbers people know: <c>wcag143</c> is "1.4.3", <c>wcag1410</c> is "1.4.10".</summary>
public static partial class WcagCriterion
{
    // Principle and guideline are one digit each; the criterion takes the rest. Level tags (wcag2aa) never match.
    [GeneratedRegex("^wcag(?<principle>[1-4])(?<guideline>[0-9])(?<criterion>[0-9]{1,2})$")]
    private static partial Regex CriterionTag();

    public static string? FromTag(string tag)
    {
        var match = CriterionTag().Match(tag);
        return match.Success
            ? $"{match.Groups["principle"].Value}.{match.Groups["guideline"].Value}.{match.Groups["criterion"].Value}"
            : null;
    }

    /// <summary>Every criterion among the tags, comma-separated; empty for best-practice rules.</summary>
    public static string FromTags(IEnumerable<string> tags) =>
        string.Join(", ", tags.Select(FromTag).OfType<string>().Distinct().Order(StringComparer.Ordinal));
}
