using SendSite.Domain.Calendar;
using Xunit;

namespace SendSite.Tests.Calendar;

public class BritishSummerTimeRuleTests
{
    [Theory]
    [InlineData("2024-03-31T00:59:59Z", false)]
    [InlineData("2024-03-31T01:00:00Z", true)]
    [InlineData("2024-10-27T00:59:59Z", true)]
    [InlineData("2024-10-27T01:00:00Z", false)]
    [InlineData("2026-03-29T01:00:00Z", true)]
    [InlineData("2026-03-28T12:00:00Z", false)]
    [InlineData("2026-10-25T00:30:00Z", true)]
    public void Summer_time_runs_from_the_last_sunday_of_march_to_the_last_sunday_of_october(string instant, bool inEffect)
    {
        Assert.Equal(inEffect, BritishSummerTimeRule.IsInEffect(DateTimeOffset.Parse(instant)));
    }

    [Fact]
    public void Agrees_with_the_europe_london_time_zone_data_every_half_hour_from_2018_to_2035()
    {
        var london = TimeZoneInfo.FindSystemTimeZoneById(UkTime.TimeZoneId);
        var end = new DateTimeOffset(2036, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var instant = new DateTimeOffset(2018, 1, 1, 0, 0, 0, TimeSpan.Zero); instant < end; instant = instant.AddMinutes(30))
        {
            Assert.Equal(TimeZoneInfo.ConvertTime(instant, london).DateTime, BritishSummerTimeRule.ToUkTime(instant));
        }
    }
}
