using SendSite.Domain.Calendar;
using Xunit;

namespace SendSite.Tests.Calendar;

public class UkTimeTests
{
    [Theory]
    [InlineData("2025-03-30T00:59:00Z", "2025-03-30T00:59:00")] // last minute of GMT
    [InlineData("2025-03-30T01:00:00Z", "2025-03-30T02:00:00")] // clocks go forward
    [InlineData("2025-10-26T00:59:00Z", "2025-10-26T01:59:00")] // last minute of BST
    [InlineData("2025-10-26T01:00:00Z", "2025-10-26T01:00:00")] // clocks go back
    [InlineData("2025-06-14T08:30:00+01:00", "2025-06-14T08:30:00")] // an offset in the input is respected
    public void Converts_utc_to_uk_clock_time(string instant, string expected)
    {
        Assert.Equal(DateTime.Parse(expected), UkTime.ToUkTime(DateTimeOffset.Parse(instant)));
    }

    [Fact]
    public void Uses_the_time_zone_data_of_this_machine()
    {
        // The fallback rule is right too (see BritishSummerTimeRuleTests), but a build machine is expected to
        // have tzdata; if this fails, install it (Debian/Ubuntu: apt-get install tzdata).
        Assert.True(UkTime.UsesTimeZoneData);
    }
}
