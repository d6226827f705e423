using SendSite.Domain.Content;

namespace SendSite.Rules.IssueForm;

/// <summary>
/// The questions of the "Submit a plan" issue form, in the order GitHub writes their answers. One list serves
/// the form's YAML (<see cref="PlanFormYaml"/>) and the reading of an issue (<see cref="IssueBody"/>), so the
/// two cannot drift apart. The area dropdown comes from areas.yml, so the committed form is checked for
/// staleness like CODEOWNERS.
/// </summary>
public static class PlanForm
{
    /// <summary>How many priority sections the form offers; more can go as sub-headings inside one.</summary>
    public const int MaxPriorities = 6;

    public const string StrategicPlanOption = "SEND strategic plan";
    public const string PriorityActionPlanOption = "Priority action plan";
    public const string DraftOption = "Not yet: keep it as a draft";
    public const string ApprovedOption = "Yes: publish it once my area's team approves it";

    public static readonly FormField Area = new("area", "Your area", FormFieldKind.Dropdown,
        "The local area the plan belongs to. You can only send plans for an area whose team you are in.", true);

    public static readonly FormField Kind = new("kind", "Kind of plan", FormFieldKind.Dropdown,
        "A priority action plan is only for a full inspection that found widespread or systemic failings.", true)
    {
        Options = [StrategicPlanOption, PriorityActionPlanOption],
    };

    public static readonly FormField Report = new("responds_to", "The report this plan responds to", FormFieldKind.Input,
        "Copy the report's address from your web browser while you are on the report's page on this site. Or write the date the report was published, as your area's page shows it, for example 5 November 2024.", true);

    public static readonly FormField Title = new("title", "Plan title", FormFieldKind.Input,
        "The plan's name as readers will see it, on one line. For example: St Elvery's SEND strategic plan 2025 to 2028.", true);

    public static readonly FormField Summary = new("summary", "Summary", FormFieldKind.Textarea,
        "Optional. One short paragraph in plain words, shown on your area's page.", false);

    public static readonly FormField Submitted = new("submitted", "Date you sent the plan to Ofsted and CQC", FormFieldKind.Input,
        "Priority action plans only: leave this empty for a strategic plan. For example: 20 January 2025.", false);

    public static readonly FormField Published = new("published", "Date the plan goes live", FormFieldKind.Input,
        "The day the plan is published, for example 4 February 2025. It can be today or a later day.", true);

    public static readonly FormField Status = new("status", "Publish it?", FormFieldKind.Dropdown,
        "A draft is checked but not shown on the site. Choose to publish when the plan is final.", true)
    {
        Options = [DraftOption, ApprovedOption],
    };

    public static readonly FormField Families = new("families", "How families can get involved", FormFieldKind.Textarea,
        "How children, young people, parents and carers can have their say and hear about progress.", true);

    public static FormField PriorityHeading(int number) => new($"priority-{number}-heading", $"Priority {number}: what you will improve", FormFieldKind.Input,
        number == 1
            ? "A few words for the section's heading, for example: Quicker EHC plans. For a priority action plan, leave this empty: the heading is the report's area for priority action 1."
            : $"Leave this and the next box empty if your plan has fewer than {number} priorities.", false);

    public static FormField PriorityText(int number) => new($"priority-{number}", $"Priority {number}: what you will do", FormFieldKind.Textarea,
        number == 1
            ? "What you will do, who is in charge (a name or job title), by when, and how you will know it has worked. For a priority action plan, answer the report's area for priority action 1 here, 2 in the next, and so on."
            : $"As for priority 1. For a priority action plan, your answer to area for priority action {number}.", number == 1);

    /// <summary>Every question in order, with the area dropdown's options from <paramref name="areas"/>.</summary>
    public static IReadOnlyList<FormField> Fields(IEnumerable<Area> areas)
    {
        var fields = new List<FormField>
        {
            Area with { Options = [.. areas.OrderBy(a => a.Name, StringComparer.Ordinal).ThenBy(a => a.Slug, StringComparer.Ordinal).Select(AreaOption)] },
            Kind, Report, Title, Summary, Submitted, Published, Status,
        };
        for (var number = 1; number <= MaxPriorities; number++)
        {
            fields.Add(PriorityHeading(number));
            fields.Add(PriorityText(number));
        }
        fields.Add(Families);
        return fields;
    }

    /// <summary>An area as the dropdown shows it: its name, then the short name in its page's address.</summary>
    public static string AreaOption(Area area) => $"{area.Name} ({area.Slug})";
}
