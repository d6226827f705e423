namespace SendSite.Site.Views;

/// <summary>
/// The permanent anchors of numbered items, so people can link to "priority action 2" for years.
/// Never change these: published links depend on them.
/// </summary>
public static class Anchors
{
    public static string PriorityAction(int number) => $"priority-action-{number}";

    public static string AreaForImprovement(int number) => $"area-for-improvement-{number}";

    public static string Finding(int number) => $"finding-{number}";

    /// <summary>A 2016-2022 inspection on an area page, by the code of the area inspected (one per code): the area feeds link to it.</summary>
    public static string EarlierInspection(string code) => $"earlier-inspection-{code.ToLowerInvariant()}";
}
