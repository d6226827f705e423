using SendSite.Domain.Content;

namespace SendSite.Site.Views;

/// <summary>The site's fixed words for kinds of things, in one place so every page says them the same way.</summary>
public static class Wording
{
    public static string KindLabel(InspectionKind kind) =>
        kind == InspectionKind.Full ? "Full inspection" : "Monitoring inspection";

    public static string KindLabel(PlanKind kind) =>
        kind == PlanKind.StrategicPlan ? "SEND strategic plan" : "Priority action plan";

    public static string ReportTitle(Report report, Area area) => report.Title ?? (report.Kind == InspectionKind.Full
        ? $"Area SEND inspection of {InspectedAreaName(report, area)} local area partnership"
        : $"Area SEND monitoring inspection of {InspectedAreaName(report, area)} local area partnership");

    /// <summary>The name of the area the report inspected: a former area's name when it has since been merged or split.</summary>
    public static string InspectedAreaName(Report report, Area area) =>
        report.FormerArea is { } slug ? area.FormerNames.FirstOrDefault(f => f.Slug == slug)?.Name ?? area.Name : area.Name;

    public static string Bodies(IReadOnlyList<string> bodies) => bodies.Count switch
    {
        0 => "",
        1 => bodies[0],
        _ => string.Join(", ", bodies.Take(bodies.Count - 1)) + " and " + bodies[^1],
    };
}
