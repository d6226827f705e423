using SendSite.Domain.Calendar;
using SendSite.Domain.Content;
using SendSite.Domain.Model;
using Xunit;

namespace SendSite.Tests.Calendar;

public class NextInspectionGuidanceTests
{
    private static readonly DateOnly Published = new(2025, 3, 14);

    [Fact]
    public void After_typically_positive_a_full_inspection_is_expected_within_about_5_years()
    {
        var guidance = NextInspectionGuidance.For(InspectionOutcome.TypicallyPositive, Published);

        Assert.Equal(ExpectedInspectionKind.Full, guidance.Kind);
        Assert.Equal(new DateOnly(2030, 3, 14), guidance.ExpectedBy);
        Assert.Equal(
            "After this outcome, the next full inspection usually happens within about 5 years, so it is expected by 14 March 2030. This is a guide, not a fixed date.",
            guidance.Sentence);
    }

    [Fact]
    public void After_inconsistent_a_full_inspection_is_expected_within_about_3_years()
    {
        var guidance = NextInspectionGuidance.For(InspectionOutcome.Inconsistent, Published);

        Assert.Equal(ExpectedInspectionKind.Full, guidance.Kind);
        Assert.Equal(new DateOnly(2028, 3, 14), guidance.ExpectedBy);
        Assert.Contains("within about 3 years", guidance.Sentence);
        Assert.Contains("expected by 14 March 2028", guidance.Sentence);
    }

    [Fact]
    public void After_widespread_failings_a_monitoring_inspection_is_expected_in_about_18_months()
    {
        var guidance = NextInspectionGuidance.For(InspectionOutcome.WidespreadFailings, Published);

        Assert.Equal(ExpectedInspectionKind.Monitoring, guidance.Kind);
        Assert.Equal(new DateOnly(2026, 9, 14), guidance.ExpectedBy);
        Assert.Equal(
            "After this outcome, a monitoring inspection usually happens about 18 months after the report, so it is expected by 14 September 2026, " +
            "and a full inspection usually follows within about 3 years of the report. This is a guide, not a fixed date.",
            guidance.Sentence);
    }

    [Fact]
    public void After_widespread_failings_and_monitoring_a_full_inspection_is_expected_within_about_3_years_of_the_report()
    {
        var guidance = NextInspectionGuidance.For(InspectionOutcome.WidespreadFailings, Published, monitoringInspectionHeld: true);

        Assert.Equal(ExpectedInspectionKind.Full, guidance.Kind);
        Assert.Equal(new DateOnly(2028, 3, 14), guidance.ExpectedBy);
        Assert.Contains("after this outcome and a monitoring inspection", guidance.Sentence, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(InspectionOutcome.TypicallyPositive, false)]
    [InlineData(InspectionOutcome.Inconsistent, false)]
    [InlineData(InspectionOutcome.WidespreadFailings, false)]
    [InlineData(InspectionOutcome.WidespreadFailings, true)]
    public void Every_sentence_is_guidance_never_a_promise(InspectionOutcome outcome, bool monitored)
    {
        var sentence = NextInspectionGuidance.For(outcome, Published, monitored).Sentence;

        Assert.Contains("usually", sentence);
        Assert.Contains("expected by", sentence);
        Assert.Contains("not a fixed date", sentence);
        Assert.DoesNotContain(" will ", sentence);
    }

    [Fact]
    public void A_report_published_on_29_february_counts_to_28_february()
    {
        var guidance = NextInspectionGuidance.For(InspectionOutcome.TypicallyPositive, new DateOnly(2024, 2, 29));

        Assert.Equal(new DateOnly(2029, 2, 28), guidance.ExpectedBy);
    }
}
