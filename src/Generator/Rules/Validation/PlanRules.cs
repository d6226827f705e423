using SendSite.Diagnostics;
using SendSite.Domain.Calendar;
using SendSite.Domain.Content;

namespace SendSite.Rules.Validation;

/// <summary>A plan responds to a real report of its own area; a priority action plan only to widespread failings, and on time.</summary>
public static class PlanRules
{
    private static Diagnostic UnresolvedReport(Plan plan, IReadOnlyList<Report> candidates, IReadOnlyList<Report> areaReports)
    {
        var forms = ReportReferenceForms.List(areaReports, plan.AreaSlug);
        return candidates.Count == 0
            ? Diagnostic.Error(plan.Source.At("responds_to"), DiagnosticCodes.UnknownReport,
                $"responds_to is '{plan.RespondsTo}', which is none of {plan.AreaSlug}'s reports. Its reports are: {forms}",
                "Write one of those reports in any of the forms shown: its file name, its address on the site, the day it was published or the day the inspection started.")
            : Diagnostic.Error(plan.Source.At("responds_to"), DiagnosticCodes.AmbiguousReport,
                $"responds_to is '{plan.RespondsTo}', which could mean {candidates.Count} reports: {string.Join(" or ", candidates.Select(r => r.Id))}. {plan.AreaSlug}'s reports are: {forms}",
                "Write the report's file name or its address on the site, which mean only one report.");
    }

    public static void Check(Plan plan, IReadOnlyDictionary<(string Area, string Id), Report> reports, IReadOnlySet<string> filesWithErrors, WorkingDayCalendar calendar, DiagnosticBag diagnostics)
    {
        var at = plan.Source;
        if (plan.Submitted is { } submitted && submitted > plan.Published)
        {
            diagnostics.Add(Diagnostic.Error(at.At("submitted"), DiagnosticCodes.DateOrder,
                $"submitted ({submitted:yyyy-MM-dd}) is after published ({plan.Published:yyyy-MM-dd}).",
                "A plan is sent to Ofsted and CQC before it is published: check both dates."));
        }
        if (!reports.TryGetValue((plan.AreaSlug, plan.RespondsTo), out var report))
        {
            if (filesWithErrors.Contains(ReportRules.ReportFile(plan.AreaSlug, plan.RespondsTo)))
            {
                return; // that report has errors of its own, already reported
            }
            // Not a file name: an address, a publication day or a start day. Only then are the area's reports scanned.
            var areaReports = reports.Values.Where(r => r.AreaSlug == plan.AreaSlug).ToList();
            var candidates = ReportReference.Candidates(plan.RespondsTo, plan.AreaSlug, areaReports);
            if (candidates.Count != 1)
            {
                diagnostics.Add(UnresolvedReport(plan, candidates, areaReports));
                return;
            }
            report = candidates[0];
        }
        var reportDay = DisplayDates.UkDate(report.Published);
        if (plan.Published < reportDay)
        {
            diagnostics.Add(Diagnostic.Error(at.At("published"), DiagnosticCodes.PlanBeforeReport,
                $"published ({plan.Published:yyyy-MM-dd}) is before {plan.RespondsTo} was published ({reportDay:yyyy-MM-dd}), and a plan responds to a published report.",
                "Check published (and the date in the file name), or responds_to."));
        }
        if (plan.Kind != PlanKind.PriorityActionPlan)
        {
            return;
        }
        if (report.Outcome != InspectionOutcome.WidespreadFailings)
        {
            diagnostics.Add(Diagnostic.Error(at.At("kind"), DiagnosticCodes.PriorityActionPlanWithoutFailings,
                $"A priority action plan responds to a 'widespread-failings' full inspection, and {plan.RespondsTo} is not one.",
                "Set kind: strategic-plan, or correct responds_to."));
            return;
        }
        var received = reportDay;
        if (!PriorityActionPlanDeadlines.TryFrom(received, calendar, out var deadlines))
        {
            diagnostics.Add(Diagnostic.Error(at.At("responds_to"), DiagnosticCodes.CalendarNotCovered,
                CalendarCoverageException.Describe(received.Year, calendar.FirstYear, calendar.LastYear),
                "Add the missing years to src/Generator/Data/bank-holidays-england-and-wales.yml."));
            return;
        }
        if (plan.Submitted is null)
        {
            // Never a silent pass: without the date the submission deadline cannot be checked at all.
            diagnostics.Add(Diagnostic.Warning(at.At("published"), DiagnosticCodes.PlanNotSubmitted,
                $"This priority action plan has no submitted date, so nobody can check it reached Ofsted and CQC by the deadline of {deadlines.SubmitBy:yyyy-MM-dd} (35 working days after the report).",
                "Add submitted: yyyy-mm-dd, the day you sent the plan to Ofsted and CQC."));
        }
        if (plan.Submitted is { } sent && sent > deadlines.SubmitBy)
        {
            diagnostics.Add(Diagnostic.Warning(at.At("submitted"), DiagnosticCodes.PlanLate,
                $"The plan was submitted on {sent:yyyy-MM-dd}, after the deadline of {deadlines.SubmitBy:yyyy-MM-dd} (35 working days after the report).",
                "If the date is right, nothing to fix: the site shows the plan as late. Otherwise correct submitted."));
        }
        if (plan.Published > deadlines.PublishBy)
        {
            diagnostics.Add(Diagnostic.Warning(at.At("published"), DiagnosticCodes.PlanLate,
                $"The plan was published on {plan.Published:yyyy-MM-dd}, after the deadline of {deadlines.PublishBy:yyyy-MM-dd} (70 working days after the report).",
                "If the date is right, nothing to fix: the site shows the plan as late. Otherwise correct published."));
        }
    }
}
