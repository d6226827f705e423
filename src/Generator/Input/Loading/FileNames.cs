using System.Globalization;
using System.Text.RegularExpressions;

namespace SendSite.Input.Loading;

/// <summary>
/// The naming rules of content files. A report or plan is named &lt;yyyy-mm-dd&gt;-&lt;kind&gt;.md inside its
/// area's folder; the name without .md is its permanent id.
/// </summary>
public static partial class FileNames
{
    public static readonly string[] ReportKinds = ["full-inspection", "monitoring-inspection"];
    public static readonly string[] PlanKinds = ["strategic-plan", "priority-action-plan"];

    /// <summary>Splits "2024-03-04-full-inspection.md" into its date and kind, if it has that shape and a real date.</summary>
    public static (DateOnly Date, string Kind)? Parse(string fileName, IReadOnlyCollection<string> kinds)
    {
        var match = DatedName().Match(fileName);
        if (!match.Success || !kinds.Contains(match.Groups["kind"].Value))
        {
            return null;
        }
        return DateOnly.TryParseExact(match.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? (date, match.Groups["kind"].Value)
            : null;
    }

    public static bool IsSlug(string name) => Slug().IsMatch(name);

    /// <summary>True for a thematic report's name: "2025-06-05-alternative-provision.md", a real date then a slug.</summary>
    public static bool IsDatedSlug(string fileName)
    {
        var match = DatedName().Match(fileName);
        return match.Success
            && IsSlug(match.Groups["kind"].Value)
            && DateOnly.TryParseExact(match.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
    }

    [GeneratedRegex(@"^(?<date>\d{4}-\d{2}-\d{2})-(?<kind>[a-z0-9-]+)\.md$")]
    private static partial Regex DatedName();

    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Slug();
}
