using System.Text;
using SendSite.Calendar;
using SendSite.Content;

namespace SendSite.Authoring;

/// <summary>
/// The text of a new plan file: every required field with a value that is already valid, the editor's schema
/// line, a note above each field saying what to write, and "TO DO:" wherever the author's own words go.
/// Notes are YAML comments, never Markdown: HTML comments in a body would be refused as raw HTML.
/// </summary>
public static class PlanTemplate
{
    public static string Render(Area area, string kind, DateOnly date, Report report, PriorityActionPlanDeadlines? deadlines, string schemaPath)
    {
        var isPriorityActionPlan = kind == "priority-action-plan";
        var kindWords = isPriorityActionPlan ? "priority action plan" : "SEND strategic plan";
        var text = new StringBuilder()
            .Append("---\n")
            .Append($"# yaml-language-server: $schema={schemaPath}\n")
            .Append($"# A {kindWords} for {area.Name}, started with `send-site new plan`. Lines starting with # are notes\n")
            .Append("# for you and never appear on the site. Replace each \"TO DO\" and the words after it with your own: validate\n")
            .Append("# refuses a plan that still has one (SEND417). See the guide: /submit-a-plan/ on the site.\n")
            .Append("#\n")
            .Append("# Your area's slug. It must be the name of the folder this file is in: each area may change only its own folder.\n")
            .Append($"area: {area.Slug}\n")
            .Append("# strategic-plan or priority-action-plan. It must match the end of the file name.\n")
            .Append($"kind: {kind}\n")
            .Append($"# The plan's name as readers will see it, e.g. \"{ExampleTitle(area, isPriorityActionPlan, date)}\".\n")
            .Append($"title: \"{PlanPlaceholders.Marker} the plan's name\"\n")
            .Append("# One short paragraph in plain words, shown on your area page. Optional: delete the line to leave it out.\n")
            .Append($"summary: \"{PlanPlaceholders.Marker} what this plan will change for children, young people and families\"\n")
            .Append($"# The report this plan responds to: its file name in reports/{area.Slug}/, without .md.\n")
            .Append($"responds_to: {report.Id}\n");
        if (deadlines is not null)
        {
            text.Append($"# Deadlines, counted in working days from the report's publication on {DisplayDates.Iso(deadlines.ReportReceived)}:\n")
                .Append($"#   send the plan to Ofsted and CQC by {DisplayDates.Iso(deadlines.SubmitBy)} ({PriorityActionPlanDeadlines.WorkingDaysToSubmit} working days),\n")
                .Append($"#   publish it by {DisplayDates.Iso(deadlines.PublishBy)} ({PriorityActionPlanDeadlines.WorkingDaysToPublish} working days). Later dates are shown as late.\n")
                .Append("# The day you sent the plan to Ofsted and CQC, as yyyy-mm-dd.\n")
                .Append($"submitted: {DisplayDates.Iso(date)}\n");
        }
        text.Append("# The day the plan goes live, as yyyy-mm-dd. It must be the date at the start of the file name.\n")
            .Append($"published: {DisplayDates.Iso(date)}\n")
            .Append("# draft keeps the plan off the site while you work on it; approved publishes it once your change is merged.\n")
            .Append("status: draft\n")
            .Append("---\n");
        AppendBody(text, report, isPriorityActionPlan);
        return text.ToString();
    }

    private static string ExampleTitle(Area area, bool isPriorityActionPlan, DateOnly date) => isPriorityActionPlan
        ? $"{area.Name} priority action plan {date.Year}"
        : $"{area.Name} SEND strategic plan {date.Year} to {date.Year + 3}";

    private static void AppendBody(StringBuilder text, Report report, bool isPriorityActionPlan)
    {
        if (isPriorityActionPlan && report.PriorityActions.Count > 0)
        {
            foreach (var action in report.PriorityActions.OrderBy(a => a.Number))
            {
                text.Append($"## Priority action {action.Number}\n\n")
                    .Append($"The inspectors said: {action.Text}\n\n")
                    .Append($"{PlanPlaceholders.Marker} what you will do, who is in charge (a name or job title), by when, and how you will know it has worked.\n\n");
            }
        }
        else
        {
            for (var number = 1; number <= 2; number++)
            {
                text.Append($"## Priority {number}: {PlanPlaceholders.Marker} what you will improve\n\n")
                    .Append($"{PlanPlaceholders.Marker} what you will do, who is in charge (a name or job title), and by when.\n\n");
            }
        }
        text.Append("## How families can get involved\n\n")
            .Append($"{PlanPlaceholders.Marker} how children, young people, parents and carers can have their say and hear about progress.\n");
    }
}
