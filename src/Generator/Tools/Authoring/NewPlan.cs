using SendSite.Diagnostics;
using SendSite.Domain.Calendar;
using SendSite.Domain.Content;
using SendSite.Input.Loading;
using SendSite.Input.Schema;

namespace SendSite.Tools.Authoring;

/// <summary>
/// Creates input/plans/&lt;area&gt;/&lt;yyyy-mm-dd&gt;-&lt;kind&gt;.md from <see cref="PlanTemplate"/>, answering the
/// report it responds to from the area's own reports: a strategic plan the latest full inspection, a priority
/// action plan the latest one that found widespread failings. Never overwrites a file.
/// </summary>
public static class NewPlan
{
    public static NewPlanResult Create(InputPaths input, string areaSlug, string kind, DateOnly date, WorkingDayCalendar calendar)
    {
        if (!FileNames.PlanKinds.Contains(kind))
        {
            return NewPlanResult.Refused($"--kind must be one of: {string.Join(", ", FileNames.PlanKinds)}.");
        }
        var diagnostics = new DiagnosticBag();
        var content = InputLoader.Load(input, diagnostics);
        if (content is null)
        {
            return NewPlanResult.Refused($"{input.Given} cannot be read as an input folder: run `send-site validate --input {input.Given}` to see why.");
        }
        var area = content.Areas.FirstOrDefault(a => a.Slug == areaSlug);
        if (area is null)
        {
            var nearest = NearestMatch.Find(areaSlug, content.Areas.Select(a => a.Slug).Order(StringComparer.Ordinal));
            return NewPlanResult.Refused($"There is no area '{areaSlug}' in areas.yml{(nearest is null ? "" : $" (did you mean '{nearest}'?)")}. Use your area's slug: the last part of its page's address, e.g. /areas/{nearest ?? "your-area"}/.");
        }
        var isPriorityActionPlan = kind == "priority-action-plan";
        var report = content.Reports
            .Where(r => r.AreaSlug == area.Slug && r.Kind == InspectionKind.Full)
            .Where(r => !isPriorityActionPlan || r.Outcome == InspectionOutcome.WidespreadFailings)
            .OrderByDescending(r => r.Id, StringComparer.Ordinal)
            .FirstOrDefault();
        if (report is null)
        {
            return NewPlanResult.Refused(isPriorityActionPlan
                ? $"{area.Name} has no full inspection with the 'widespread and/or systemic failings' outcome in reports/{area.Slug}/, so it does not owe a priority action plan. Did you mean --kind strategic-plan?"
                : $"{area.Name} has no full inspection in reports/{area.Slug}/ yet. A plan responds to a report: ask the site's publisher to add the report first.");
        }
        PriorityActionPlanDeadlines? deadlines = null;
        if (isPriorityActionPlan && !PriorityActionPlanDeadlines.TryFrom(DisplayDates.UkDate(report.Published), calendar, out deadlines))
        {
            return NewPlanResult.Refused($"The bank holiday calendar does not cover the deadlines of {report.Id}: add the missing years to src/Generator/Data/bank-holidays-england-and-wales.yml.");
        }

        var relative = $"{InputPaths.PlansFolder}/{area.Slug}/{DisplayDates.Iso(date)}-{kind}.md";
        var full = input.Full(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var text = PlanTemplate.Render(area, kind, date, report, deadlines, SchemaPath);
        try
        {
            // CreateNew: refuses, rather than replaces, a plan that is already there, even one made a moment ago.
            using var stream = new FileStream(full, FileMode.CreateNew, FileAccess.Write);
            using var writer = new StreamWriter(stream);
            writer.Write(text);
        }
        catch (IOException) when (File.Exists(full))
        {
            return NewPlanResult.Refused($"{relative} already exists and was left as it was. Edit it, or choose another day with --date.");
        }
        var reportDay = DisplayDates.UkDate(report.Published);
        var note = reportDay > date
            ? $" Note: {report.Id} is not published until {DisplayDates.Iso(reportDay)}; the plan's published date (and file name) must be on or after that day before it can go live."
            : "";
        return new NewPlanResult(true, relative, $"Created {relative}, responding to {report.Id}.{note}");
    }

    /// <summary>
    /// The schema line's path, for editors: input/ sits at the repository's root beside src/ (the layout every site
    /// of this generator has), so from input/plans/&lt;area&gt;/ it is the same for every plan. Validation never reads
    /// it: the generator checks with the schemas in its own assembly.
    /// </summary>
    public const string SchemaPath = "../../../src/Generator/Schemas/plan.schema.json";
}
