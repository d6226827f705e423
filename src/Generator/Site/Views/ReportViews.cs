using SendSite.Domain.Calendar;
using SendSite.Domain.Content;
using SendSite.Domain.Model;
using SendSite.Rendering.Markdown;
using SendSite.Rendering.Urls;

namespace SendSite.Site.Views;

/// <summary>Builds what templates show of a report, from the model; all wording and date formats live here, not in templates.</summary>
public static class ReportViews
{
    public static ReportSummaryView Summary(AreaModel area, Report report) => new(
        Wording.ReportTitle(report, area.Area),
        SiteUrls.Report(area.Area.Slug, report.Id),
        area.Area.Name,
        SiteUrls.Area(area.Area.Slug),
        Wording.KindLabel(report.Kind),
        DisplayDates.Long(DisplayDates.UkDate(report.Published)),
        DisplayDates.Iso(DisplayDates.UkDate(report.Published)),
        report.Outcome is { } outcome ? OutcomeView.Of(outcome) : null);

    public static ReportPageView Page(AreaModel area, Report report, RenderedMarkdown body)
    {
        var follows = report.Follows is null ? null : area.Reports.FirstOrDefault(r => r.Id == report.Follows);
        // A report of a replaced area is compared only with the other reports of that area.
        var latest = area.Reports.FirstOrDefault(r => r.Kind == report.Kind && r.FormerArea == report.FormerArea);
        var priorityActions = follows?.PriorityActions ?? [];
        var findings = report.Findings
            .OrderBy(f => f.PriorityAction)
            .Select(f => Finding(f, priorityActions.FirstOrDefault(p => p.Number == f.PriorityAction)?.Text ?? ""))
            .ToList();
        var actions = report.PriorityActions
            .OrderBy(p => p.Number)
            .Select(p => new PriorityActionView(p.Number, Anchors.PriorityAction(p.Number), Wording.Bodies(p.Responsible), p.Text, null))
            .ToList();
        var improvements = report.AreasForImprovement
            .Select((text, i) => new NumberedTextView(i + 1, Anchors.AreaForImprovement(i + 1), text))
            .ToList();

        var contents = new List<ContentsItemView>();
        if (report.Outcome is not null)
        {
            contents.Add(new("Outcome", "outcome", 2));
        }
        var since = report.Kind == InspectionKind.Full ? LaterInspections(area, report) : [];
        if (since.Count > 0)
        {
            contents.Add(new("Since this inspection", "since-this-inspection", 2));
        }
        if (findings.Count > 0)
        {
            contents.Add(new("Findings on the areas for priority action", "findings", 2));
        }
        if (actions.Count > 0 || report.PriorityActionCount is > 0)
        {
            contents.Add(new("Areas for priority action", "areas-for-priority-action", 2));
        }
        if (improvements.Count > 0)
        {
            contents.Add(new("Areas for improvement", "areas-for-improvement", 2));
        }
        var ap = AlternativeProvision.Mark(report, body);
        contents.AddRange(ap.Headings.Select(h => new ContentsItemView(h.Text, h.Id, h.Level)));
        var team = TeamWording.Members(report);
        var unnamed = TeamWording.Unnamed(report);
        if (team.Count > 0 || unnamed is not null)
        {
            contents.Add(new("The inspection team", "inspection-team", 2));
        }
        var plans = area.Plans.Where(p => p.RespondsTo == report.Id).Select(p => PlanViews.Summary(area, p)).ToList();
        if (plans.Count > 0)
        {
            contents.Add(new("The area's plans in response", "plans", 2));
        }
        if (report.ChangeNotes.Count > 0)
        {
            contents.Add(new("Change notes", "change-notes", 2));
        }
        contents.Add(new("Cite this report", "cite-this-report", 2));

        var published = DisplayDates.UkDate(report.Published);
        return new ReportPageView(
            Wording.ReportTitle(report, area.Area),
            area.Area.Name,
            SiteUrls.Area(area.Area.Slug),
            Wording.KindLabel(report.Kind),
            report.Kind == InspectionKind.Monitoring,
            InspectionDates(report),
            DisplayDates.Long(published),
            DisplayDates.Iso(published),
            report.ChangeNotes.Count > 0 ? DisplayDates.Long(report.ChangeNotes.Max(n => n.Date)) : null,
            area.Area.Council,
            area.Area.Icb,
            report.Outcome is { } outcome ? OutcomeView.Of(outcome) : null,
            follows is null ? null : Summary(area, follows),
            latest is not null && latest.Id != report.Id ? Summary(area, latest) : null,
            contents,
            actions,
            findings,
            improvements,
            plans,
            SectionLinks.Add(ap.Html),
            report.Pdf?.AbsoluteUri,
            ChangeNotes(report.ChangeNotes),
            report.FromOfstedData,
            report.OfficialReport?.AbsoluteUri,
            report.PriorityActions.Count == 0 && report.PriorityActionCount is > 0 ? report.PriorityActionCount : null,
            team,
            ap.Marked)
        {
            FormerArea = FormerAreaNote(area, report.FormerArea),
            AreaOfstedPageUrl = report.OfficialReport is null ? area.OfstedPage?.AbsoluteUri : null,
            TeamUnnamedText = unnamed,
            Since = since,
        };
    }

    // Later inspections of the same area (a replaced area's report is followed only by that area's reports).
    private static IReadOnlyList<LaterInspectionView> LaterInspections(AreaModel area, Report report) =>
        [.. area.Reports
            .Where(r => r.Id != report.Id && r.FormerArea == report.FormerArea && r.Published > report.Published)
            .OrderBy(r => r.Published)
            .ThenBy(r => r.Id, StringComparer.Ordinal)
            .Select(r => new LaterInspectionView(Summary(area, r), r.Kind == InspectionKind.Monitoring ? MonitoringVerdict.Of(r) : null))];

    /// <summary>Why a report or plan of a replaced area sits on this area's pages, with a link to the old area's address.</summary>
    public static LinkView? FormerAreaNote(AreaModel area, string? formerSlug)
    {
        if (formerSlug is null || area.Area.FormerNames.FirstOrDefault(f => f.Slug == formerSlug) is not { } former)
        {
            return null;
        }
        var ended = former.Until is { } until ? $", which ended on {DisplayDates.Long(until)}" : "";
        return new LinkView(
            $"This was published about {former.Name}{ended}, before {area.Area.Name} was formed. It is kept here so its address keeps working; it is not {area.Area.Name}'s own.",
            SiteUrls.Area(formerSlug));
    }

    public static FindingView Finding(MonitoringFinding finding, string priorityActionText) => new(
        finding.PriorityAction,
        Anchors.Finding(finding.PriorityAction),
        finding.Effective ? "Taking effective action" : "Not taking effective action",
        finding.Effective ? "govuk-tag--green" : "govuk-tag--red",
        finding.Summary,
        priorityActionText);

    public static IReadOnlyList<ChangeNoteView> ChangeNotes(IReadOnlyList<ChangeNote> notes) =>
        [.. notes.OrderBy(n => n.Date).Select(n => new ChangeNoteView(DisplayDates.Long(n.Date), DisplayDates.Iso(n.Date), n.Note))];

    private static string InspectionDates(Report report) => report.InspectionEnd is { } end && end != report.InspectionStart
        ? $"{DisplayDates.Long(report.InspectionStart)} to {DisplayDates.Long(end)}"
        : DisplayDates.Long(report.InspectionStart);
}
