using SendSite.Domain.Calendar;
using Xunit;

namespace SendSite.Tests.Calendar;

public class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    [Theory]
    [InlineData("2025-03-14", true)]  // Friday
    [InlineData("2025-03-15", false)] // Saturday
    [InlineData("2025-03-16", false)] // Sunday
    [InlineData("2025-03-17", true)]  // Monday
    [InlineData("2025-04-18", false)] // Good Friday
    [InlineData("2025-04-21", false)] // Easter Monday
    [InlineData("2025-04-22", true)]
    [InlineData("2025-05-05", false)] // early May bank holiday
    [InlineData("2025-05-26", false)] // spring bank holiday
    [InlineData("2025-08-25", false)] // summer bank holiday
    [InlineData("2020-05-04", true)]  // the usual early May Monday, moved in 2020 ...
    [InlineData("2020-05-08", false)] // ... to VE day
    [InlineData("2022-09-19", false)] // state funeral
    [InlineData("2023-05-08", false)] // coronation
    [InlineData("2020-12-28", false)] // Boxing Day substitute (26 December 2020 was a Saturday)
    [InlineData("2021-12-27", false)] // Christmas Day substitute
    [InlineData("2021-12-28", false)] // Boxing Day substitute
    [InlineData("2021-12-29", true)]
    [InlineData("2022-01-03", false)] // New Year's Day substitute (1 January 2022 was a Saturday)
    [InlineData("2023-01-02", false)] // New Year's Day substitute (a Sunday)
    public void Knows_weekends_and_bank_holidays(string date, bool working)
    {
        Assert.Equal(working, Calendar.IsWorkingDay(DateOnly.Parse(date)));
    }

    [Theory]
    [InlineData("2025-03-14", 1, "2025-03-17")] // Friday + 1 = Monday
    [InlineData("2025-03-15", 1, "2025-03-17")] // Saturday + 1 = Monday
    [InlineData("2025-03-17", 5, "2025-03-24")] // a week
    [InlineData("2025-04-17", 1, "2025-04-22")] // over Easter: Thursday + 1 = Tuesday
    [InlineData("2025-12-24", 1, "2025-12-29")] // Wednesday + 1 skips Christmas, Boxing Day and the weekend
    [InlineData("2025-12-31", 1, "2026-01-02")] // over New Year's Day into the next year
    [InlineData("2021-12-24", 1, "2021-12-29")] // Christmas on a weekend: both substitute days skipped
    [InlineData("2025-03-19", 0, "2025-03-19")]
    [InlineData("2025-03-17", -1, "2025-03-14")] // backwards: Monday - 1 = Friday
    [InlineData("2025-04-22", -1, "2025-04-17")]
    public void Adds_working_days_not_counting_the_start(string start, int days, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected), Calendar.AddWorkingDays(DateOnly.Parse(start), days));
    }

    [Theory]
    [InlineData("2025-03-14", "2025-03-17", 1)]
    [InlineData("2025-03-14", "2025-03-16", 0)]
    [InlineData("2025-12-24", "2026-01-02", 4)] // 29, 30, 31 December 2025 and 2 January 2026
    [InlineData("2025-03-17", "2025-03-14", -1)]
    [InlineData("2025-03-14", "2025-03-14", 0)]
    public void Counts_working_days_between_dates(string from, string to, int expected)
    {
        Assert.Equal(expected, Calendar.WorkingDaysBetween(DateOnly.Parse(from), DateOnly.Parse(to)));
    }

    [Fact]
    public void Counting_is_the_inverse_of_adding_in_both_directions()
    {
        var start = new DateOnly(2024, 11, 1);
        for (var offset = 0; offset < 60; offset++)
        {
            var from = start.AddDays(offset);
            foreach (var days in new[] { -12, -1, 1, 35, 70 })
            {
                Assert.Equal(days, Calendar.WorkingDaysBetween(from, Calendar.AddWorkingDays(from, days)));
            }
        }
    }

    [Fact]
    public void A_year_of_working_days_is_weekdays_minus_weekday_bank_holidays()
    {
        // 2025: 261 weekdays, 8 bank holidays all on weekdays.
        var lastDayOf2024 = new DateOnly(2024, 12, 31);
        Assert.Equal(253, Calendar.WorkingDaysBetween(lastDayOf2024, new DateOnly(2025, 12, 31)));
    }

    [Fact]
    public void Covers_only_the_years_it_has_bank_holidays_for()
    {
        Assert.True(Calendar.Covers(new DateOnly(2018, 1, 1)));
        Assert.True(Calendar.Covers(new DateOnly(2030, 12, 31)));
        Assert.False(Calendar.Covers(new DateOnly(2017, 12, 31)));
        Assert.False(Calendar.Covers(new DateOnly(2031, 1, 1)));
    }

    [Fact]
    public void A_date_outside_the_covered_years_is_never_treated_as_a_working_day()
    {
        var error = Assert.Throws<CalendarCoverageException>(() => Calendar.IsWorkingDay(new DateOnly(2031, 3, 3)));

        Assert.Equal(2031, error.Year);
    }

    [Fact]
    public void Adding_past_the_last_covered_year_throws_for_the_first_uncovered_year()
    {
        var error = Assert.Throws<CalendarCoverageException>(() => Calendar.AddWorkingDays(new DateOnly(2030, 12, 20), 10));

        Assert.Equal(2031, error.Year);
        Assert.Contains("2031", error.Message);
        Assert.Contains(EnglandAndWalesBankHolidays.DataFilePath, error.Message);
    }

    [Fact]
    public void Try_add_reports_coverage_instead_of_throwing()
    {
        Assert.False(Calendar.TryAddWorkingDays(new DateOnly(2030, 12, 20), 10, out var firstUncovered));
        Assert.Equal(new DateOnly(2031, 1, 1), firstUncovered);

        Assert.True(Calendar.TryAddWorkingDays(new DateOnly(2030, 12, 20), 2, out var inside));
        Assert.Equal(new DateOnly(2030, 12, 24), inside);
    }

    [Fact]
    public void Counting_back_before_the_first_covered_year_throws()
    {
        var error = Assert.Throws<CalendarCoverageException>(() => Calendar.WorkingDaysBetween(new DateOnly(2018, 1, 5), new DateOnly(2017, 12, 20)));

        Assert.Equal(2017, error.Year);
    }

    [Fact]
    public void A_calendar_can_be_built_from_any_set_of_holidays()
    {
        var wednesday = new DateOnly(2040, 6, 6);
        var calendar = new WorkingDayCalendar([wednesday], 2040, 2040);

        Assert.False(calendar.IsWorkingDay(wednesday));
        Assert.True(calendar.IsBankHoliday(wednesday));
        Assert.Equal(new DateOnly(2040, 6, 7), calendar.AddWorkingDays(new DateOnly(2040, 6, 5), 1));
    }

    [Fact]
    public void A_holiday_outside_the_stated_years_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => new WorkingDayCalendar([new DateOnly(2041, 1, 1)], 2040, 2040));
    }
}
