using SendSite.Domain.Content;

namespace SendSite.Site.Views;

/// <summary>An outcome as people read it: the short label, the official statement, plain words, and its tag colour.</summary>
public sealed record OutcomeView(string Slug, string Label, string Statement, string PlainWords, string TagClass)
{
    public static OutcomeView Of(InspectionOutcome outcome) => new(
        OutcomeStatements.Slug(outcome),
        OutcomeStatements.ShortLabel(outcome),
        OutcomeStatements.Official(outcome),
        OutcomeStatements.PlainWords(outcome),
        outcome switch
        {
            InspectionOutcome.TypicallyPositive => "govuk-tag--green",
            InspectionOutcome.Inconsistent => "govuk-tag--yellow",
            _ => "govuk-tag--red",
        });
}
