using SendSite.Diagnostics;
using SendSite.Domain.Content;

namespace SendSite.Rules.Validation;

/// <summary>The framework's rules for a report: which outcome, priority actions and findings each kind may have.</summary>
public static class ReportRules
{
    public static void Check(Report report, IReadOnlyDictionary<(string Area, string Id), Report> reports, IReadOnlySet<string> filesWithErrors, DiagnosticBag diagnostics)
    {
        var at = report.Source;
        if (report.Kind == InspectionKind.Full)
        {
            CheckFull(report, diagnostics);
        }
        else
        {
            CheckMonitoring(report, reports, filesWithErrors, diagnostics);
        }
        if (report.InspectionEnd is { } end && end < report.InspectionStart)
        {
            diagnostics.Add(Diagnostic.Error(at.At("inspection_end"), DiagnosticCodes.DateOrder,
                $"inspection_end ({end:yyyy-MM-dd}) is before inspection_start ({report.InspectionStart:yyyy-MM-dd}).",
                "The visit ends on or after the day it starts: check both dates."));
        }
        if (report.FromOfstedData && report.Kind != InspectionKind.Full)
        {
            diagnostics.Add(Diagnostic.Error(at.At("source"), DiagnosticCodes.ImportedReportNotFull,
                "Only full inspections come from Ofsted's management information.",
                "Remove source: ofsted-mi and write the monitoring inspection's findings by hand."));
        }
        TeamRules.Check(report, diagnostics);
        var lastVisitDay = report.InspectionEnd ?? report.InspectionStart;
        if (DateOnly.FromDateTime(report.Published.UtcDateTime) < lastVisitDay)
        {
            diagnostics.Add(Diagnostic.Error(at.At("published"), DiagnosticCodes.DateOrder,
                $"published ({report.Published:yyyy-MM-dd}) is before the inspection ended ({lastVisitDay:yyyy-MM-dd}).",
                "A report is published after the visit: check the publication date and the inspection dates."));
        }
    }

    /// <summary>The path, inside input/, of a report's file.</summary>
    public static string ReportFile(string area, string id) => $"reports/{area}/{id}.md";

    private static void CheckFull(Report report, DiagnosticBag diagnostics)
    {
        var at = report.Source;
        if (report.Outcome is null)
        {
            diagnostics.Add(Diagnostic.Error(at.Start, DiagnosticCodes.MissingOutcome,
                "A full inspection needs its outcome.",
                "Add outcome: typically-positive, inconsistent or widespread-failings."));
        }
        if (report.Findings.Count > 0)
        {
            diagnostics.Add(Diagnostic.Error(at.At("findings"), DiagnosticCodes.FindingsOnFullInspection,
                "Only monitoring inspections have findings on priority actions.",
                "Remove findings, or set kind: monitoring-inspection if this is a monitoring inspection."));
        }
        if (report.Follows is not null)
        {
            diagnostics.Add(Diagnostic.Error(at.At("follows"), DiagnosticCodes.FollowsOnFullInspection,
                "Only monitoring inspections follow an earlier inspection.",
                "Remove follows, or set kind: monitoring-inspection."));
        }
        if (report.PriorityActionCount is { } count && report.PriorityActions.Count > 0 && count != report.PriorityActions.Count)
        {
            diagnostics.Add(Diagnostic.Error(at.At("priority_action_count"), DiagnosticCodes.PriorityActionCountMismatch,
                $"priority_action_count is {count}, but {report.PriorityActions.Count} areas for priority action are listed.",
                "Remove priority_action_count: when the areas for priority action are written out, the site counts them."));
        }
        if (report.Outcome == InspectionOutcome.WidespreadFailings)
        {
            if (report.FromOfstedData)
            {
                if (report.PriorityActions.Count == 0 && report.PriorityActionCount is not > 0)
                {
                    diagnostics.Add(Diagnostic.Error(at.At("outcome"), DiagnosticCodes.MissingPriorityActionCount,
                        "A 'widespread-failings' report from Ofsted's data must say how many areas for priority action it has.",
                        "Add priority_action_count: the number in Ofsted's management information (1 or more)."));
                }
            }
            else if (report.PriorityActions.Count == 0)
            {
                diagnostics.Add(Diagnostic.Error(at.At("outcome"), DiagnosticCodes.MissingPriorityActions,
                    "A 'widespread-failings' report must list its areas for priority action.",
                    "Add areas_for_priority_action, each with number, responsible and text, as the report gives them."));
            }
            CheckNumbering(report, diagnostics);
        }
        else if (report.PriorityActions.Count > 0 || report.PriorityActionCount is > 0)
        {
            diagnostics.Add(Diagnostic.Error(at.At(report.PriorityActions.Count > 0 ? "areas_for_priority_action" : "priority_action_count"), DiagnosticCodes.PriorityActionsWithoutFailings,
                "Only reports with the outcome widespread-failings have areas for priority action.",
                "Check the outcome; if it is right, list these under areas_for_improvement instead."));
        }
    }

    private static void CheckNumbering(Report report, DiagnosticBag diagnostics)
    {
        var numbers = report.PriorityActions.Select(p => p.Number).ToList();
        if (!numbers.SequenceEqual(Enumerable.Range(1, numbers.Count)))
        {
            diagnostics.Add(Diagnostic.Error(report.Source.At("areas_for_priority_action"), DiagnosticCodes.PriorityActionNumbering,
                $"Areas for priority action are numbered {string.Join(", ", numbers)}.",
                "Number them 1, 2, 3 ... in the report's order, with no gaps or repeats: their numbers become permanent links."));
        }
    }

    private static void CheckMonitoring(Report report, IReadOnlyDictionary<(string Area, string Id), Report> reports, IReadOnlySet<string> filesWithErrors, DiagnosticBag diagnostics)
    {
        var at = report.Source;
        if (report.Outcome is not null)
        {
            diagnostics.Add(Diagnostic.Error(at.At("outcome"), DiagnosticCodes.OutcomeOnMonitoring,
                "A monitoring inspection has no outcome of its own.",
                "Remove outcome; record what inspectors found on each priority action under findings."));
        }
        if (report.PriorityActions.Count > 0)
        {
            diagnostics.Add(Diagnostic.Error(at.At("areas_for_priority_action"), DiagnosticCodes.PriorityActionsWithoutFailings,
                "A monitoring inspection does not set new areas for priority action.",
                "Remove areas_for_priority_action; record progress on the full inspection's priority actions under findings."));
        }
        if (report.Follows is null)
        {
            diagnostics.Add(Diagnostic.Error(at.Start, DiagnosticCodes.RequiredField,
                "A monitoring inspection must say which full inspection it follows.",
                "Add follows: <yyyy-mm-dd>-full-inspection, the file name of the full inspection report without .md."));
            return;
        }
        if (!reports.TryGetValue((report.AreaSlug, report.Follows), out var followed))
        {
            if (filesWithErrors.Contains(ReportFile(report.AreaSlug, report.Follows)))
            {
                return; // that report has errors of its own, already reported
            }
            diagnostics.Add(Diagnostic.Error(at.At("follows"), DiagnosticCodes.UnknownReport,
                $"follows names '{report.Follows}', but reports/{report.AreaSlug}/ has no such report.",
                $"Use the file name, without .md, of a full inspection in reports/{report.AreaSlug}/."));
            return;
        }
        if (followed.Outcome != InspectionOutcome.WidespreadFailings)
        {
            diagnostics.Add(Diagnostic.Error(at.At("follows"), DiagnosticCodes.MonitoringWithoutFailings,
                $"{report.Follows} did not find widespread and/or systemic failings, so it has no monitoring inspection.",
                "Monitoring inspections follow only the outcome widespread-failings: check follows and the kind of this report."));
            return;
        }
        if (followed.FromOfstedData && followed.PriorityActionTotal == 0)
        {
            return; // its missing priority_action_count is reported on that report
        }
        // A full inspection from Ofsted's data has the count of its priority actions but not their words: they are numbered 1 to the count.
        var actionNumbers = followed.PriorityActions.Count > 0
            ? followed.PriorityActions.Select(p => p.Number).ToHashSet()
            : Enumerable.Range(1, followed.PriorityActionTotal).ToHashSet();
        foreach (var finding in report.Findings.Where(f => !actionNumbers.Contains(f.PriorityAction)))
        {
            diagnostics.Add(Diagnostic.Error(at.At("findings"), DiagnosticCodes.FindingWithoutPriorityAction,
                $"A finding is about priority action {finding.PriorityAction}, but {report.Follows} has only {actionNumbers.Count}.",
                "Use the numbers of the full inspection's areas for priority action."));
        }
        var covered = report.Findings.Select(f => f.PriorityAction).ToHashSet();
        foreach (var missing in actionNumbers.Where(n => !covered.Contains(n)).Order())
        {
            diagnostics.Add(Diagnostic.Error(at.At("findings"), DiagnosticCodes.MissingFinding,
                $"There is no finding on priority action {missing} of {report.Follows}.",
                $"Add a finding with priority_action: {missing}, progress and summary."));
        }
    }
}
