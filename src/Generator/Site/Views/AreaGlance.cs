using SendSite.Domain.Calendar;
using SendSite.Domain.Model;

namespace SendSite.Site.Views;

/// <summary>
/// Writes an area page's summary sentences from the model, so the template only places them. Every sentence
/// stands alone: a screen reader user who hears only the summary still hears whose plan and which inspection.
/// </summary>
public static class AreaGlance
{
    public static AreaGlanceView Of(AreaModel area, AreaPageView page)
    {
        return new AreaGlanceView(
            MonitoringText(area),
            page.PriorityActionPlan is { } plan ? PriorityActionPlanText(plan) : null,
            StrategicPlanText(area),
            area.NextInspection?.Sentence ?? "Every area has a full inspection at least once every 5 years.",
            OnThisPage(page));
    }

    private static string? MonitoringText(AreaModel area)
    {
        var monitoring = area.MonitoringOfLatestFull.FirstOrDefault();
        if (monitoring is null || MonitoringVerdict.Of(monitoring) is not { } verdict)
        {
            return null;
        }
        return $"Inspectors checked again ({DisplayDates.Long(DisplayDates.UkDate(monitoring.Published))}): {verdict}.";
    }

    private static string PriorityActionPlanText(PlanStatusView plan) => plan.Plan is null
        ? $"Priority action plan: {plan.Label.ToLowerInvariant()} (to be published by {plan.PublishByText})."
        : $"Priority action plan: {plan.Label.ToLowerInvariant()}.";

    private static string StrategicPlanText(AreaModel area)
    {
        var plan = area.LatestStrategicPlan;
        if (area.LatestFull is null)
        {
            return plan is null
                ? "No strategic plan published here yet."
                : $"Strategic plan published {DisplayDates.Long(plan.Published)}.";
        }
        var inspected = DisplayDates.UkDate(area.LatestFull.Published);
        if (plan is not null && plan.Published >= inspected)
        {
            return $"Strategic plan published {DisplayDates.Long(plan.Published)}, since the latest full inspection.";
        }
        return $"No strategic plan published here since the latest full inspection ({DisplayDates.Long(inspected)}).";
    }

    // In the order of the page's sections; only the sections this area's page has.
    private static IReadOnlyList<LinkView> OnThisPage(AreaPageView page)
    {
        var links = new List<LinkView> { new("Latest inspection outcome", "#latest-outcome") };
        if (page.LatestMonitoring is not null)
        {
            links.Add(new("Monitoring inspection", "#monitoring"));
        }
        if (page.PriorityActionPlan is not null)
        {
            links.Add(new("Priority action plan", "#priority-action-plan"));
        }
        links.Add(new("SEND strategic plan", "#strategic-plan"));
        links.Add(new("What happens next", "#what-happens-next"));
        links.Add(new("Inspections and plans", "#history"));
        if (page.ThematicReports.Count > 0)
        {
            links.Add(new("National thematic reports", "#national-thematic-reports"));
        }
        links.Add(new("Who is responsible", "#responsible-heading"));
        return links;
    }
}
