using SendSite.Domain.Calendar;
using SendSite.Domain.Model;

namespace SendSite.Site.Views;

/// <summary>Words and colours for where an owed priority action plan stands.</summary>
public static class PlanStatusViews
{
    public static PlanStatusView Of(AreaModel area, PlanRequirement requirement)
    {
        var status = requirement.Status;
        var (label, tag) = status.Kind switch
        {
            PlanStatusKind.PublishedOnTime => ("Published", "govuk-tag--green"),
            PlanStatusKind.PublishedLate => ("Published late", "govuk-tag--yellow"),
            PlanStatusKind.Due => ("Due", "govuk-tag--blue"),
            _ => ("Overdue", "govuk-tag--red"),
        };
        var sentence = status.Kind switch
        {
            PlanStatusKind.Due => $"After the inspection, the council and the NHS must write a plan saying how they will fix the areas for priority action. {status.Headline}.",
            PlanStatusKind.Overdue => $"After the inspection, the council and the NHS had to write a plan saying how they will fix the areas for priority action. It has not been published on this site. {status.Headline}.",
            _ => $"The council and the NHS wrote a plan saying how they will fix the areas for priority action. {status.Headline}.",
        };
        return new PlanStatusView(
            label,
            tag,
            sentence,
            DisplayDates.Long(requirement.SubmitBy),
            DisplayDates.Long(requirement.PublishBy),
            requirement.Plan is null ? null : PlanViews.Summary(area, requirement.Plan));
    }
}
