using System.Text;
using SendSite.Domain.Calendar;
using SendSite.Domain.Content;
using SendSite.Input.Yaml;

namespace SendSite.Tools.Authoring;

/// <summary>
/// The text of a new plan file: every required field with a value that is already valid, the editor's schema
/// line, a note above each field saying what to write, and "TO DO:" wherever the author's own words go.
/// Notes are YAML comments, never Markdown: HTML comments in a body would be refused as raw HTML.
/// </summary>
public static class PlanTemplate
{
    public static string Render(Area area, string kind, DateOnly date, Report report, PriorityActionPlanDeadlines? deadlines, string schemaPath) =>
        RenderMarked(area, kind, date, report, deadlines, schemaPath, words: null).Text;

    /// <summary>
    /// The plan with the author's <paramref name="words"/> in place of every "TO DO:" (or the placeholders when
    /// null), byte for byte what an author editing `new plan`'s file would save, and where each part starts.
    /// </summary>
    public static MarkedPlanText RenderMarked(Area area, string kind, DateOnly date, Report report, PriorityActionPlanDeadlines? deadlines, string schemaPath, PlanWords? words)
    {
        var isPriorityActionPlan = kind == "priority-action-plan";
        var kindWords = isPriorityActionPlan ? "priority action plan" : "SEND strategic plan";
        var text = new StringBuilder();
        var marks = new List<(int Line, string Part)>();
        void Mark(string part) => marks.Add((Lines(text) + 1, part));
        text.Append("---\n")
            .Append($"# yaml-language-server: $schema={schemaPath}\n")
            .Append($"# A {kindWords} for {area.Name}, started with `send-site new plan`. Lines starting with # are notes\n")
            .Append("# for you and never appear on the site. Replace each \"TO DO\" and the words after it with your own: validate\n")
            .Append("# refuses a plan that still has one (SEND417). See the guide: /submit-a-plan/ on the site.\n")
            .Append("#\n")
            .Append("# Your area's slug. It must be the name of the folder this file is in: each area may change only its own folder.\n");
        Mark("area");
        text.Append($"area: {area.Slug}\n")
            .Append("# strategic-plan or priority-action-plan. It must match the end of the file name.\n");
        Mark("kind");
        text.Append($"kind: {kind}\n")
            .Append($"# The plan's name as readers will see it, e.g. \"{ExampleTitle(area, isPriorityActionPlan, date)}\".\n");
        Mark("title");
        text.Append($"title: {YamlQuoting.DoubleQuoted(words?.Title ?? $"{PlanPlaceholders.Marker} the plan's name")}\n")
            .Append("# One short paragraph in plain words, shown on your area page. Optional: delete the line to leave it out.\n");
        Mark("summary");
        if (words is null || words.Summary is not null)
        {
            text.Append($"summary: {YamlQuoting.DoubleQuoted(words?.Summary ?? $"{PlanPlaceholders.Marker} what this plan will change for children, young people and families")}\n");
        }
        text.Append($"# The report this plan responds to: its file name in reports/{area.Slug}/, without .md.\n");
        Mark("responds_to");
        text.Append($"responds_to: {report.Id}\n");
        if (deadlines is not null)
        {
            text.Append($"# Deadlines, counted in working days from the report's publication on {DisplayDates.Iso(deadlines.ReportReceived)}:\n")
                .Append($"#   send the plan to Ofsted and CQC by {DisplayDates.Iso(deadlines.SubmitBy)} ({PriorityActionPlanDeadlines.WorkingDaysToSubmit} working days),\n")
                .Append($"#   publish it by {DisplayDates.Iso(deadlines.PublishBy)} ({PriorityActionPlanDeadlines.WorkingDaysToPublish} working days). Later dates are shown as late.\n")
                .Append("# The day you sent the plan to Ofsted and CQC, as yyyy-mm-dd.\n");
            Mark("submitted");
            if (words is null || words.Submitted is not null)
            {
                text.Append($"submitted: {DisplayDates.Iso(words?.Submitted ?? date)}\n");
            }
        }
        text.Append("# The day the plan goes live, as yyyy-mm-dd. It must be the date at the start of the file name.\n");
        Mark("published");
        text.Append($"published: {DisplayDates.Iso(date)}\n")
            .Append("# draft keeps the plan off the site while you work on it; approved publishes it once your change is merged.\n");
        Mark("status");
        text.Append($"status: {(words?.Approved == true ? "approved" : "draft")}\n")
            .Append("---\n");
        AppendBody(text, Mark, report, isPriorityActionPlan, words);
        return new MarkedPlanText(text.ToString(), marks);
    }

    private static int Lines(StringBuilder text)
    {
        var count = 0;
        foreach (var chunk in text.GetChunks())
        {
            count += chunk.Span.Count('\n');
        }
        return count;
    }

    private static string ExampleTitle(Area area, bool isPriorityActionPlan, DateOnly date) => isPriorityActionPlan
        ? $"{area.Name} priority action plan {date.Year}"
        : $"{area.Name} SEND strategic plan {date.Year} to {date.Year + 3}";

    private static void AppendBody(StringBuilder text, Action<string> mark, Report report, bool isPriorityActionPlan, PlanWords? words)
    {
        if (isPriorityActionPlan && report.PriorityActions.Count > 0)
        {
            var number = 0;
            foreach (var action in report.PriorityActions.OrderBy(a => a.Number))
            {
                mark($"priority-{++number}");
                text.Append($"## Priority action {action.Number}\n\n")
                    .Append($"The inspectors said: {action.Text}\n\n")
                    .Append($"{Words(words?.Priorities.ElementAtOrDefault(number - 1)?.Text, "what you will do, who is in charge (a name or job title), by when, and how you will know it has worked.")}\n\n");
            }
        }
        else
        {
            IReadOnlyList<PlanSection?> sections = words is null ? new PlanSection?[2] : [.. words.Priorities];
            for (var number = 1; number <= sections.Count; number++)
            {
                mark($"priority-{number}");
                text.Append($"## Priority {number}: {Words(sections[number - 1]?.Heading, "what you will improve")}\n\n")
                    .Append($"{Words(sections[number - 1]?.Text, "what you will do, who is in charge (a name or job title), and by when.")}\n\n");
            }
        }
        mark("families");
        text.Append("## How families can get involved\n\n")
            .Append($"{Words(words?.Families, "how children, young people, parents and carers can have their say and hear about progress.")}\n");
    }

    private static string Words(string? own, string placeholder) => own ?? $"{PlanPlaceholders.Marker} {placeholder}";
}
