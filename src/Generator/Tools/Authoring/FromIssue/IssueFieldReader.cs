using SendSite.Diagnostics;
using SendSite.Domain.Content;
using SendSite.Rendering.Markdown;
using SendSite.Rules.IssueForm;

namespace SendSite.Tools.Authoring.FromIssue;

/// <summary>
/// Checks each answer of the plan form on its own and turns them into a <see cref="PlanRequest"/>. Every problem
/// is collected, naming its field, so the officer can fix them all in one edit. Markdown answers get the same
/// Markdown rules as a plan's body here, so unsafe HTML or links are reported with the other problems.
/// </summary>
public sealed class IssueFieldReader(ContentSet content, IssueAnswers answers)
{
    private const int MaxLineLength = 200;
    private const int MaxSummaryLength = 1_000;
    private const int MaxTextLength = 20_000;

    private readonly List<FieldProblem> problems = [];

    // The site's image_hosts, as the plan's body will be checked with once it is a file; an answer has no folder
    // for an image file to be in, so those are refused (SEND124) and said in words for the form below.
    private readonly MarkdownRenderer markdown = MarkdownRenderer.AllowingImagesFrom(content.Settings.ImageHosts);

    public IReadOnlyList<FieldProblem> Problems => problems;

    public PlanRequest? Read()
    {
        foreach (var field in answers.Missing)
        {
            Problem(null, $"The question \"{field.Label}\" is not in the issue, so it was not made with the \"Submit a plan\" form, or the form has changed since.",
                "Open a new issue and choose \"Submit a plan\", then copy your answers into it.");
        }
        var area = ReadArea();
        var kind = Option(PlanForm.Kind) switch
        {
            PlanForm.StrategicPlanOption => "strategic-plan",
            PlanForm.PriorityActionPlanOption => "priority-action-plan",
            _ => null,
        };
        var report = area is null ? null : ReadReport(area);
        var title = OneLine(PlanForm.Title, MaxLineLength);
        var summary = Text(PlanForm.Summary, MaxSummaryLength) is { } paragraph ? string.Join(' ', paragraph.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)) : null;
        var submitted = ReadDate(PlanForm.Submitted);
        if (kind == "strategic-plan" && answers[PlanForm.Submitted] is not null)
        {
            Problem(PlanForm.Submitted, "A strategic plan is not sent to Ofsted and CQC first, so it has no such date.", "Leave this box empty, or choose \"Priority action plan\" if that is what this plan is.");
        }
        var published = ReadDate(PlanForm.Published);
        var status = Option(PlanForm.Status);
        var priorities = ReadPriorities(kind == "priority-action-plan" ? report : null);
        var families = Text(PlanForm.Families, MaxTextLength);
        if (problems.Count > 0 || area is null || kind is null || report is null || title is null || published is null || status is null || priorities is null || families is null)
        {
            return null;
        }
        return new PlanRequest(area, kind, report, published.Value,
            new PlanWords(title, summary, kind == "priority-action-plan" ? submitted : null, status == PlanForm.ApprovedOption, priorities, families));
    }

    private Area? ReadArea()
    {
        if (Required(PlanForm.Area) is not { } value)
        {
            return null;
        }
        var area = content.Areas.FirstOrDefault(a => PlanForm.AreaOption(a) == value || a.Slug == value);
        if (area is null)
        {
            Problem(PlanForm.Area, "This is not one of the areas on the site.", "Choose your area from the list.");
        }
        return area;
    }

    private Report? ReadReport(Area area)
    {
        if (OneLine(PlanForm.Report, 500) is not { } value)
        {
            return null;
        }
        var reports = content.Reports.Where(r => r.AreaSlug == area.Slug).ToList();
        var candidates = ReportReference.Candidates(value, area.Slug, reports);
        if (candidates.Count == 1)
        {
            return candidates[0];
        }
        Problem(PlanForm.Report,
            candidates.Count == 0
                ? $"\"{value}\" does not match any of {area.Name}'s reports. They are: {ReportReferenceForms.List(reports, area.Slug)}"
                : $"\"{value}\" fits {candidates.Count} of {area.Name}'s reports. They are: {ReportReferenceForms.List(reports, area.Slug)}",
            "Copy the address of the report's page on this site from your browser's address bar, or write one of the dates listed.");
        return null;
    }

    private IReadOnlyList<PlanSection>? ReadPriorities(Report? priorityActionReport)
    {
        var sections = new List<PlanSection>();
        var actions = priorityActionReport?.PriorityActions.Count ?? 0;
        var ended = 0;
        for (var number = 1; number <= PlanForm.MaxPriorities; number++)
        {
            var headingField = PlanForm.PriorityHeading(number);
            var textField = PlanForm.PriorityText(number);
            var heading = OneLine(headingField, MaxLineLength, required: false);
            var text = Text(textField, MaxTextLength);
            if (actions > 0)
            {
                if (heading is not null)
                {
                    Problem(headingField, "A priority action plan's sections are headed by the report's areas for priority action, so this box stays empty.", "Delete what is in this box.");
                }
                if (number <= actions && text is null)
                {
                    Problem(textField, $"The report has {actions} areas for priority action, and this box is your answer to number {number}.", "Write what you will do about it, who is in charge, by when, and how you will know it has worked.");
                }
                else if (number > actions && text is not null)
                {
                    Problem(textField, $"The report has only {actions} areas for priority action, so there is nothing for this box to answer.", "Move these words into the box for the area for priority action they answer, or delete them.");
                }
                if (text is not null && number <= actions)
                {
                    sections.Add(new PlanSection(null, text));
                }
                continue;
            }
            if (heading is null && text is null)
            {
                ended = ended == 0 ? number : ended;
                continue;
            }
            if (ended != 0)
            {
                Problem(headingField, $"Priority {ended} is empty, but priority {number} is not.", $"Fill in the boxes in order: move this priority into priority {ended}'s boxes.");
            }
            if (heading is null)
            {
                Problem(headingField, "This priority has words but no heading.", "Write a few words for its heading, for example: Quicker EHC plans.");
            }
            if (text is null)
            {
                Problem(textField, "This priority has a heading but no words.", "Write what you will do, who is in charge, and by when, or empty the heading box too.");
            }
            sections.Add(new PlanSection(heading, text ?? ""));
        }
        if (actions == 0 && sections.Count == 0)
        {
            Problem(PlanForm.PriorityText(1), "The plan has no priorities.", "Fill in at least priority 1: a heading and what you will do.");
        }
        return sections;
    }

    private string? Option(FormField field)
    {
        if (Required(field) is not { } value)
        {
            return null;
        }
        if (!field.Options.Contains(value))
        {
            Problem(field, "This is not one of the choices.", "Choose one from the list.");
            return null;
        }
        return value;
    }

    private DateOnly? ReadDate(FormField field)
    {
        var value = field.Required ? Required(field) : answers[field];
        if (value is null)
        {
            return null;
        }
        if (ReportReference.ParseDate(value) is { } day)
        {
            return day;
        }
        Problem(field, "This is not a date written in a way the site can read.", "Write the date like 4 February 2025, 04/02/2025 or 2025-02-04.");
        return null;
    }

    private string? OneLine(FormField field, int maxLength, bool required = true)
    {
        var value = required ? Required(field) : answers[field];
        if (value is null)
        {
            return null;
        }
        if (value.Contains('\n'))
        {
            Problem(field, "This must be on one line.", "Put it all on one line.");
            return null;
        }
        return TooLong(field, value, maxLength) ? null : value;
    }

    private string? Text(FormField field, int maxLength)
    {
        var value = field.Required ? Required(field) : answers[field];
        if (value is null || TooLong(field, value, maxLength))
        {
            return null;
        }
        // The same rules as a plan's body, on the box alone; the heading in front stands for the section's own.
        foreach (var problem in markdown.Check("## Section\n\n" + value, field.Label, 1))
        {
            if (problem.Code == DiagnosticCodes.ImageFileUnavailable)
            {
                Problem(field, $"Line {problem.Location.Line - 2} of this box shows an image file, but an issue cannot carry image files, so there is no file to show.", ImageFix());
                continue;
            }
            Problem(field, $"Line {problem.Location.Line - 2} of this box: {problem.Message}", problem.Fix, problem.Severity == Severity.Warning);
        }
        return value;
    }

    private string ImageFix()
    {
        var hosts = content.Settings.ImageHosts;
        var fromHost = hosts.Count == 0
            ? ""
            : $" Or use an image already on {string.Join(" or ", hosts)} (the address must start with https://).";
        return "Take the image out of this box. Once the pull request with your plan is open, add the image file to it "
            + "beside the plan's file and write ![What the image shows](file-name.png) where it goes." + fromHost;
    }

    private bool TooLong(FormField field, string value, int maxLength)
    {
        if (value.Length <= maxLength)
        {
            return false;
        }
        Problem(field, $"This has {value.Length:N0} characters, more than the {maxLength:N0} it can hold.", "Shorten it, or put the detail in a document of your own and link to it.");
        return true;
    }

    private string? Required(FormField field)
    {
        var value = answers[field];
        if (value is null && !answers.Missing.Contains(field))
        {
            Problem(field, "This must be filled in.", "Fill it in.");
        }
        return value;
    }

    private void Problem(FormField? field, string message, string fix, bool isWarning = false) =>
        problems.Add(new FieldProblem(field?.Label, message, fix, isWarning));
}
