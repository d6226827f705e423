using SendSite.Diagnostics;
using SendSite.Domain.Calendar;
using SendSite.Domain.Content;
using SendSite.Input.Loading;

namespace SendSite.Rules.Validation;

/// <summary>
/// The rules that span files, run after every file has been read and has passed its schema: registry,
/// placement, and the framework's rules for reports and plans. Adds every problem to the bag.
/// </summary>
public static class ContentValidator
{
    public static void Check(ContentSet content, WorkingDayCalendar calendar, DiagnosticBag diagnostics)
    {
        AreaRegistryRules.Check(content.Areas, diagnostics);
        SuccessionRules.Check(content, diagnostics);
        var areaSlugs = content.Areas.Select(a => a.Slug).ToHashSet(StringComparer.Ordinal);
        var reports = content.Reports.ToDictionary(r => (r.AreaSlug, r.Id));
        foreach (var report in content.Reports)
        {
            var named = FileNames.Parse(report.Id + ".md", FileNames.ReportKinds)!.Value;
            PlacementRules.Check(report.Source, report.AreaSlug, named.Date, report.InspectionStart, "inspection_start", areaSlugs, diagnostics);
            CheckKindMatchesName(report.Source, named.Kind, report.Kind == InspectionKind.Full ? "full-inspection" : "monitoring-inspection", diagnostics);
            ReportRules.Check(report, reports, content.FilesWithErrors, diagnostics);
        }
        foreach (var plan in content.Plans)
        {
            var named = FileNames.Parse(plan.Id + ".md", FileNames.PlanKinds)!.Value;
            PlacementRules.Check(plan.Source, plan.AreaSlug, named.Date, plan.Published, "published", areaSlugs, diagnostics);
            CheckKindMatchesName(plan.Source, named.Kind, plan.Kind == PlanKind.StrategicPlan ? "strategic-plan" : "priority-action-plan", diagnostics);
            PlanRules.Check(plan, reports, content.FilesWithErrors, calendar, diagnostics);
            PlaceholderRules.Check(plan, diagnostics);
        }
        foreach (var thematic in content.ThematicReports)
        {
            ThematicRules.Check(thematic, areaSlugs, diagnostics);
        }
        EarlierInspectionRules.Check(content.EarlierInspections, areaSlugs, diagnostics);
    }

    private static void CheckKindMatchesName(SourceMap source, string kindInName, string kind, DiagnosticBag diagnostics)
    {
        if (kindInName != kind)
        {
            diagnostics.Add(Diagnostic.Error(source.At("kind"), DiagnosticCodes.FileNameMismatch,
                $"kind is {kind} but the file name says {kindInName}.",
                "Make them the same: rename the file or correct kind."));
        }
    }
}
