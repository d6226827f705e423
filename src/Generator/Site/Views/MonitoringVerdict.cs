using SendSite.Domain.Content;

namespace SendSite.Site.Views;

/// <summary>
/// A monitoring inspection's findings in a few words ("effective action on 3 of 4 areas for priority action"),
/// the same on the area page's summary and under "Since this inspection" on the full report it checked.
/// </summary>
public static class MonitoringVerdict
{
    public static string? Of(Report monitoring)
    {
        var total = monitoring.Findings.Count;
        if (total == 0)
        {
            return null;
        }
        var effective = monitoring.Findings.Count(f => f.Effective);
        if (effective == total)
        {
            return total == 1 ? "effective action on the 1 area for priority action" : $"effective action on all {total} areas for priority action";
        }
        return effective == 0
            ? total == 1 ? "no effective action on the 1 area for priority action" : $"no effective action on any of the {total} areas for priority action"
            : $"effective action on {effective} of {total} areas for priority action";
    }
}
