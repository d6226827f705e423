using SendSite.Domain.Calendar;
using Xunit;

namespace SendSite.Tests.Calendar;

public class DisplayDatesTests
{
    [Theory]
    [InlineData(2025, 3, 14, "14 March 2025")]
    [InlineData(2025, 3, 4, "4 March 2025")]
    [InlineData(2027, 12, 1, "1 December 2027")]
    [InlineData(2026, 9, 30, "30 September 2026")]
    public void Long_dates_have_no_leading_zero_and_the_month_in_full(int year, int month, int day, string expected)
    {
        Assert.Equal(expected, DisplayDates.Long(new DateOnly(year, month, day)));
    }

    [Fact]
    public void Iso_dates_are_for_machines()
    {
        Assert.Equal("2025-03-04", DisplayDates.Iso(new DateOnly(2025, 3, 4)));
    }

    [Theory]
    [InlineData(9, 30, "9:30am")]
    [InlineData(9, 0, "9am")]
    [InlineData(0, 1, "12:01am")]
    [InlineData(12, 0, "midday")]
    [InlineData(12, 15, "12:15pm")]
    [InlineData(17, 5, "5:05pm")]
    [InlineData(23, 59, "11:59pm")]
    [InlineData(0, 0, "midnight")]
    public void Times_of_day_follow_gov_uk_style(int hour, int minute, string expected)
    {
        Assert.Equal(expected, DisplayDates.TimeOfDay(new TimeOnly(hour, minute)));
    }

    [Fact]
    public void An_instant_in_winter_is_shown_in_greenwich_mean_time()
    {
        Assert.Equal("9:30am on 14 March 2025", DisplayDates.TimeAndDate(new DateTimeOffset(2025, 3, 14, 9, 30, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void An_instant_in_summer_is_shown_in_british_summer_time()
    {
        Assert.Equal("9:30am on 14 June 2025", DisplayDates.TimeAndDate(new DateTimeOffset(2025, 6, 14, 8, 30, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void An_instant_late_on_a_summer_evening_in_utc_is_the_next_day_in_the_uk()
    {
        Assert.Equal("12:01am on 15 June 2025", DisplayDates.TimeAndDate(new DateTimeOffset(2025, 6, 14, 23, 1, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Midnight_says_which_day_it_starts()
    {
        Assert.Equal("midnight at the start of 15 June 2025", DisplayDates.TimeAndDate(new DateTimeOffset(2025, 6, 14, 23, 0, 0, TimeSpan.Zero)));
    }
}
