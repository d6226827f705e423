using System.Text.RegularExpressions;

namespace SendSite.Rendering.Markdown;

/// <summary>
/// The ids the theme's page templates give their own elements on pages that show a Markdown body (the layout,
/// the report, plan and thematic pages). A body heading must never take one: "## Areas for improvement" in a
/// report body would otherwise share its id with the template's own "Areas for improvement" section, a duplicate
/// id that breaks the contents link and fails the gate. A test keeps this list in step with the templates.
/// </summary>
internal static partial class PageTemplateIds
{
    private static readonly HashSet<string> Fixed = new(StringComparer.Ordinal)
    {
        // layout.liquid
        "main-content", "navigation", "search",
        // report.liquid, plan.liquid, thematic.liquid and the partials they render
        "not-latest-title", "contents-heading", "outcome", "outcome-in-plain-words", "findings",
        "areas-for-priority-action", "areas-for-improvement", "inspection-team", "inspection-team-caption", "plans", "change-notes",
        "cite-this-report", "cite-this-plan", "since-this-inspection", "areas-visited", "national-thematic-reports",
        // page.liquid (content pages)
        "links-you-need",
    };

    /// <summary>Whether a template owns the id: one of the fixed ids, or a numbered item's anchor (Views/Anchors).</summary>
    public static bool IsTaken(string id) => Fixed.Contains(id) || NumberedItemAnchor().IsMatch(id);

    public static IReadOnlyCollection<string> FixedIds => Fixed;

    [GeneratedRegex("^(priority-action|area-for-improvement|finding)-[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberedItemAnchor();
}
