using Xunit;

namespace SendSite.Tests.Calendar;

/// <summary>The rules the data file is checked against must themselves be right.</summary>
public class BankHolidayRulesTests
{
    [Theory]
    [InlineData(2000, 4, 23)]
    [InlineData(2008, 3, 23)] // earliest Easter in a lifetime
    [InlineData(2011, 4, 24)]
    [InlineData(2018, 4, 1)]
    [InlineData(2019, 4, 21)]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2038, 4, 25)] // latest possible date
    [InlineData(2285, 3, 22)] // earliest possible date
    public void Easter_sunday_matches_published_dates(int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), BankHolidayRules.EasterSunday(year));
    }

    [Fact]
    public void Christmas_on_a_saturday_moves_both_days_to_monday_and_tuesday()
    {
        // 25 December 2021 was a Saturday.
        var christmas = BankHolidayRules.RegularHolidays(2021).Where(holiday => holiday.Date.Month == 12).ToList();

        Assert.Equal(
            [(new DateOnly(2021, 12, 27), "Christmas Day (substitute day)"), (new DateOnly(2021, 12, 28), "Boxing Day (substitute day)")],
            christmas);
    }

    [Fact]
    public void Christmas_on_a_sunday_keeps_boxing_day_on_monday_and_moves_christmas_to_tuesday()
    {
        // 25 December 2022 was a Sunday.
        var christmas = BankHolidayRules.RegularHolidays(2022).Where(holiday => holiday.Date.Month == 12).ToList();

        Assert.Equal(
            [(new DateOnly(2022, 12, 26), "Boxing Day"), (new DateOnly(2022, 12, 27), "Christmas Day (substitute day)")],
            christmas);
    }
}
