using SendSite.Diagnostics;
using SendSite.Domain.Calendar;
using SendSite.Input.Loading;
using SendSite.Rules.IssueForm;
using SendSite.Site.Building;

namespace SendSite.Tools.Authoring.FromIssue;

/// <summary>
/// Turns the body of an issue made with the plan form into a plan file and validates it with the whole site,
/// as a pull request would be. The body is untrusted: it only ever becomes values in a YAML file and Markdown
/// in a body, which then meet exactly the checks of a plan written by hand. A plan with any error is not left
/// on disk. Problems found in the file are traced back to the form's field that produced the line.
/// </summary>
public static class PlanFromIssue
{
    /// <summary>GitHub refuses an issue body longer than this, so anything longer did not come from a form.</summary>
    public const int MaxBodyLength = 65_536;

    /// <param name="now">The moment the whole site is validated at (which files bodies may link to).</param>
    public static FromIssueResult Create(string inputFolder, string body, WorkingDayCalendar calendar, DateTimeOffset now)
    {
        if (body.Length > MaxBodyLength)
        {
            return Refused(null, new FieldProblem(null, $"The issue has {body.Length:N0} characters, more than GitHub allows in an issue ({MaxBodyLength:N0}), so it was not read.",
                "Make a new issue with the \"Submit a plan\" form."));
        }
        var loading = new DiagnosticBag();
        var content = InputLoader.Load(inputFolder, loading);
        if (content is null)
        {
            return Refused(null, SiteProblem(loading.Sorted.FirstOrDefault(d => d.Severity == Severity.Error)));
        }
        var answers = IssueBody.Read(body, PlanForm.Fields(content.Areas));
        var reader = new IssueFieldReader(content, answers);
        var request = reader.Read();
        var area = content.Areas.FirstOrDefault(a => answers[PlanForm.Area] is { } chosen && PlanForm.AreaOption(a) == chosen);
        if (request is null)
        {
            return Refused(area, [.. reader.Problems]);
        }

        PriorityActionPlanDeadlines? deadlines = null;
        if (request.Kind == "priority-action-plan" && !PriorityActionPlanDeadlines.TryFrom(DisplayDates.UkDate(request.Report.Published), calendar, out deadlines))
        {
            deadlines = null; // validation reports the calendar's gap on responds_to
        }
        var relative = $"{InputPaths.PlansFolder}/{request.Area.Slug}/{DisplayDates.Iso(request.Published)}-{request.Kind}.md";
        var full = Path.Combine(Path.GetFullPath(inputFolder), relative);
        if (File.Exists(full))
        {
            return Refused(request.Area, new FieldProblem(PlanForm.Published.Label,
                $"{request.Area.Name} already has a {(request.Kind == "strategic-plan" ? "strategic plan" : "priority action plan")} going live on that day.",
                "To change that plan, ask your area's team to edit it (the guide says how). To send a new plan, choose another day."));
        }
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var marked = PlanTemplate.RenderMarked(request.Area, request.Kind, request.Published, request.Report, deadlines,
            NewPlan.SchemaPath, request.Words);
        File.WriteAllText(full, marked.Text);

        var diagnostics = new DiagnosticBag();
        ContentCheck.Run(inputFolder, diagnostics, now);
        var problems = reader.Problems
            .Concat(diagnostics.Sorted.Where(d => d.Location.File == relative).Select(d => InField(d, marked, request)))
            .Concat(diagnostics.Sorted.Where(d => d.Location.File != relative && d.Severity == Severity.Error).Select(SiteProblem))
            .ToList();
        var valid = !diagnostics.HasErrors;
        if (!valid)
        {
            File.Delete(full);
        }
        return new FromIssueResult(valid, request.Area, valid ? relative : null, problems);
    }

    private static FromIssueResult Refused(SendSite.Domain.Content.Area? area, params FieldProblem[] problems) => new(false, area, null, problems);

    private static FieldProblem InField(Diagnostic diagnostic, MarkedPlanText marked, PlanRequest request)
    {
        var part = marked.PartAt(diagnostic.Location.Line);
        var field = part switch
        {
            "area" => PlanForm.Area,
            "kind" => PlanForm.Kind,
            "title" => PlanForm.Title,
            "summary" => PlanForm.Summary,
            "responds_to" => PlanForm.Report,
            "submitted" => PlanForm.Submitted,
            "published" => PlanForm.Published,
            "status" => PlanForm.Status,
            "families" => PlanForm.Families,
            _ when part?.StartsWith("priority-", StringComparison.Ordinal) == true && int.TryParse(part["priority-".Length..], out var number) =>
                marked.Marks.Contains((diagnostic.Location.Line, part)) && request.Words.Priorities[number - 1].Heading is not null
                    ? PlanForm.PriorityHeading(number)
                    : PlanForm.PriorityText(number),
            _ => null,
        };
        return new FieldProblem(field?.Label, diagnostic.Message, diagnostic.Fix, diagnostic.Severity == Severity.Warning);
    }

    private static FieldProblem SiteProblem(Diagnostic? diagnostic) => new(null,
        diagnostic is null ? "The site's files cannot be read." : $"The site itself has a problem that is not in your form: {diagnostic}",
        "Nothing for you to change: a publisher has to fix the site first. Edit the issue again once they have, or ask them to.",
        diagnostic?.Severity == Severity.Warning);
}
