using SendSite.Domain.Calendar;
using SendSite.Domain.Content;

namespace SendSite.Site.Views;

/// <summary>
/// The plain words for a 2016-2022 inspection, shared by the area page, the feeds, the outcomes page and the
/// open data, so they cannot disagree. None of it uses the 2023 outcomes' words: that framework gave no outcome.
/// </summary>
public static class EarlierInspectionWording
{
    public const string FrameworkName = "2016 to 2022 framework";

    public static string Statement(EarlierInspection inspection) => inspection.WrittenStatementRequired
        ? inspection.SignificantWeaknesses is { } n
            ? $"Required, for {Weaknesses(n)}."
            : "Required, for significant weaknesses."
        : "Not required: inspectors found no significant weaknesses that needed one.";

    /// <summary>What the revisit found, in plain words; for a revisit whose letter is unpublished, that it is awaited.</summary>
    public static string? Revisit(EarlierInspection inspection, EarlierRevisit? revisit)
    {
        if (revisit is null)
        {
            return inspection.WrittenStatementRequired ? "Ofsted's statistics record no revisit." : null;
        }
        var total = inspection.SignificantWeaknesses;
        return revisit.Progress switch
        {
            RevisitProgress.All => total is { } t
                ? $"The area had made sufficient progress on all {Weaknesses(t)}."
                : "The area had made sufficient progress on all of the significant weaknesses.",
            RevisitProgress.Some => revisit is { WeaknessesWithProgress: { } with, WeaknessesWithoutProgress: { } without }
                ? $"The area had made sufficient progress on {with} of the {with + without} significant weaknesses, but not on the other {without}."
                : "The area had made sufficient progress on some of the significant weaknesses, but not on all of them.",
            RevisitProgress.None => "The area had not made sufficient progress on any of the significant weaknesses.",
            _ => $"The revisit started on {DisplayDates.Long(revisit.Start)}; its letter has not been published yet.",
        };
    }

    /// <summary>The short label of a revisit's finding, for tables and data: "All", "Some", "None".</summary>
    public static string? ProgressLabel(RevisitProgress? progress) => progress switch
    {
        RevisitProgress.All => "Sufficient progress on all",
        RevisitProgress.Some => "Sufficient progress on some",
        RevisitProgress.None => "Sufficient progress on none",
        _ => null,
    };

    private static string Weaknesses(int n) => n == 1 ? "1 significant weakness" : $"{n} significant weaknesses";
}
