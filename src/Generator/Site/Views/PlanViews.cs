using SendSite.Domain.Calendar;
using SendSite.Domain.Content;
using SendSite.Domain.Model;
using SendSite.Rendering.Markdown;
using SendSite.Rendering.Urls;

namespace SendSite.Site.Views;

/// <summary>Builds what templates show of a plan.</summary>
public static class PlanViews
{
    public static PlanSummaryView Summary(AreaModel area, Plan plan) => new(
        plan.Title,
        SiteUrls.Plan(area.Area.Slug, plan.Id),
        Wording.KindLabel(plan.Kind),
        DisplayDates.Long(plan.Published),
        DisplayDates.Iso(plan.Published));

    /// <summary>The newest change note's date, if any is later than first publication.</summary>
    public static DateOnly? LastUpdated(Plan plan) =>
        plan.ChangeNotes.Count == 0 ? null : plan.ChangeNotes.Max(n => n.Date) is var latest && latest > plan.Published ? latest : null;

    public static PlanPageView Page(AreaModel area, Plan plan, RenderedMarkdown body)
    {
        var report = area.Reports.FirstOrDefault(r => r.Id == plan.RespondsTo);
        var contents = body.Headings.Select(h => new ContentsItemView(h.Text, h.Id, h.Level)).ToList();
        if (plan.ChangeNotes.Count > 0)
        {
            contents.Add(new("Change notes", "change-notes", 2));
        }
        contents.Add(new("Cite this plan", "cite-this-plan", 2));
        return new PlanPageView(
            plan.Title,
            area.Area.Name,
            SiteUrls.Area(area.Area.Slug),
            Wording.KindLabel(plan.Kind),
            plan.Summary,
            DisplayDates.Long(plan.Published),
            DisplayDates.Iso(plan.Published),
            plan.Submitted is { } submitted ? DisplayDates.Long(submitted) : null,
            report is null ? null : ReportViews.Summary(area, report),
            contents,
            SectionLinks.Add(body.Html),
            ReportViews.ChangeNotes(plan.ChangeNotes))
        {
            LastUpdatedText = LastUpdated(plan) is { } updated ? DisplayDates.Long(updated) : null,
            LastUpdatedIso = LastUpdated(plan) is { } iso ? DisplayDates.Iso(iso) : null,
            FormerArea = ReportViews.FormerAreaNote(area, plan.FormerArea),
        };
    }
}
