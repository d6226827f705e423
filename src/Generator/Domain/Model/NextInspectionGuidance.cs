using SendSite.Domain.Calendar;
using SendSite.Domain.Content;

namespace SendSite.Domain.Model;

/// <summary>
/// When the next inspection of an area usually happens, from the outcome of its latest full inspection. The
/// inspectorates schedule inspections themselves and give no dates, so this is guidance from the published
/// cycle: <see cref="Sentence"/> always says "usually" and "expected by", never "will".
/// </summary>
public sealed record NextInspectionGuidance(ExpectedInspectionKind Kind, DateOnly ExpectedBy, string Sentence)
{
    /// <summary>After a typically positive outcome: every area is fully inspected at least every 5 years.</summary>
    public const int YearsToFullInspectionAfterPositive = 5;

    /// <summary>After inconsistent outcomes, or after widespread failings (counted from the full inspection).</summary>
    public const int YearsToFullInspectionAfterConcerns = 3;

    /// <summary>After widespread failings, the monitoring inspection comes first.</summary>
    public const int MonthsToMonitoringInspection = 18;

    private const string NotAPromise = "This is a guide, not a fixed date.";

    /// <param name="outcome">The outcome of the latest full inspection.</param>
    /// <param name="published">The day that full inspection's report was published.</param>
    /// <param name="monitoringInspectionHeld">After widespread failings: whether the monitoring inspection has happened yet.</param>
    public static NextInspectionGuidance For(InspectionOutcome outcome, DateOnly published, bool monitoringInspectionHeld = false) =>
        outcome switch
        {
            InspectionOutcome.TypicallyPositive => Full(published.AddYears(YearsToFullInspectionAfterPositive),
                $"After this outcome, the next full inspection usually happens within about {YearsToFullInspectionAfterPositive} years"),
            InspectionOutcome.Inconsistent => Full(published.AddYears(YearsToFullInspectionAfterConcerns),
                $"After this outcome, the next full inspection usually happens within about {YearsToFullInspectionAfterConcerns} years"),
            InspectionOutcome.WidespreadFailings when monitoringInspectionHeld => Full(published.AddYears(YearsToFullInspectionAfterConcerns),
                $"After this outcome and a monitoring inspection, the next full inspection usually happens within about {YearsToFullInspectionAfterConcerns} years of the full inspection report"),
            InspectionOutcome.WidespreadFailings => Monitoring(published.AddMonths(MonthsToMonitoringInspection)),
            _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Unknown inspection outcome."),
        };

    private static NextInspectionGuidance Full(DateOnly expectedBy, string usually) =>
        new(ExpectedInspectionKind.Full, expectedBy, $"{usually}, so it is expected by {DisplayDates.Long(expectedBy)}. {NotAPromise}");

    private static NextInspectionGuidance Monitoring(DateOnly expectedBy) =>
        new(ExpectedInspectionKind.Monitoring, expectedBy,
            $"After this outcome, a monitoring inspection usually happens about {MonthsToMonitoringInspection} months after the report, " +
            $"so it is expected by {DisplayDates.Long(expectedBy)}, and a full inspection usually follows within about " +
            $"{YearsToFullInspectionAfterConcerns} years of the report. {NotAPromise}");
}
