using SendSite.Domain.Calendar;
using Xunit;

namespace SendSite.Tests.Calendar;

public class EnglandAndWalesBankHolidaysTests
{
    /// <summary>The last year GOV.UK had published when the data file was written; later years are computed.</summary>
    private const int LastPublishedYear = 2026;

    /// <summary>
    /// Changes made by royal proclamation for single years, as GOV.UK lists them: regular holidays that moved
    /// away from their usual date, and extra days.
    /// </summary>
    private static readonly (DateOnly Date, string Name)[] MovedAway =
    [
        (new DateOnly(2020, 5, 4), "Early May bank holiday"),
        (new DateOnly(2022, 5, 30), "Spring bank holiday"),
    ];

    private static readonly (DateOnly Date, string Name)[] OneOffDays =
    [
        (new DateOnly(2020, 5, 8), "Early May bank holiday (VE day)"),
        (new DateOnly(2022, 6, 2), "Spring bank holiday"),
        (new DateOnly(2022, 6, 3), "Platinum Jubilee bank holiday"),
        (new DateOnly(2022, 9, 19), "Bank holiday for the State Funeral of Queen Elizabeth II"),
        (new DateOnly(2023, 5, 8), "Bank holiday for the coronation of King Charles III"),
    ];

    private static readonly BankHolidaySchedule Schedule = EnglandAndWalesBankHolidays.Load();

    [Fact]
    public void Covers_2018_to_2030()
    {
        Assert.Equal(2018, Schedule.FirstYear);
        Assert.Equal(2030, Schedule.LastYear);
    }

    [Fact]
    public void Every_year_matches_the_rules_apart_from_the_known_one_off_changes()
    {
        var expected = Enumerable.Range(Schedule.FirstYear, Schedule.LastYear - Schedule.FirstYear + 1)
            .SelectMany(BankHolidayRules.RegularHolidays)
            .Except(MovedAway)
            .Concat(OneOffDays)
            .OrderBy(holiday => holiday.Date)
            .ToList();

        var actual = Schedule.Holidays.Select(holiday => (holiday.Date, holiday.Name)).ToList();

        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData(2018, 8)]
    [InlineData(2020, 8)]
    [InlineData(2022, 10)]
    [InlineData(2023, 9)]
    [InlineData(2030, 8)]
    public void Each_year_has_its_number_of_holidays(int year, int count)
    {
        Assert.Equal(count, Schedule.Holidays.Count(holiday => holiday.Date.Year == year));
    }

    [Fact]
    public void Only_years_after_the_last_published_one_are_provisional()
    {
        Assert.All(Schedule.Holidays, holiday => Assert.Equal(holiday.Date.Year > LastPublishedYear, holiday.Provisional));
    }

    [Fact]
    public void A_mistyped_date_is_reported_with_the_file_and_the_text()
    {
        var yaml = "first_year: 2025\nlast_year: 2025\nholidays:\n  - { date: 2025-13-01, name: Nonsense }\n";

        var error = Assert.Throws<InvalidDataException>(() => EnglandAndWalesBankHolidays.Parse(new StringReader(yaml)));

        Assert.Contains(EnglandAndWalesBankHolidays.DataFilePath, error.Message);
        Assert.Contains("'2025-13-01'", error.Message);
    }

    [Fact]
    public void A_holiday_on_a_weekend_is_rejected_as_a_typo()
    {
        // 27 December 2025 is a Saturday.
        var yaml = "first_year: 2025\nlast_year: 2025\nholidays:\n  - { date: 2025-12-27, name: Boxing Day }\n";

        var error = Assert.Throws<InvalidDataException>(() => EnglandAndWalesBankHolidays.Parse(new StringReader(yaml)));

        Assert.Contains("Saturday", error.Message);
    }

    [Fact]
    public void A_year_in_range_with_no_holidays_is_rejected()
    {
        var yaml = "first_year: 2025\nlast_year: 2026\nholidays:\n  - { date: 2025-12-25, name: Christmas Day }\n";

        var error = Assert.Throws<InvalidDataException>(() => EnglandAndWalesBankHolidays.Parse(new StringReader(yaml)));

        Assert.Contains("2026", error.Message);
    }

    [Fact]
    public void A_date_listed_twice_is_rejected()
    {
        var yaml = "first_year: 2025\nlast_year: 2025\nholidays:\n  - { date: 2025-12-25, name: Christmas Day }\n  - { date: 2025-12-25, name: Christmas Day }\n";

        var error = Assert.Throws<InvalidDataException>(() => EnglandAndWalesBankHolidays.Parse(new StringReader(yaml)));

        Assert.Contains("more than once", error.Message);
    }

    [Fact]
    public void An_unknown_key_is_rejected_rather_than_ignored()
    {
        var yaml = "first_year: 2025\nlast_year: 2025\nholidays:\n  - { date: 2025-12-25, name: Christmas Day, substitute: true }\n";

        var error = Assert.Throws<InvalidDataException>(() => EnglandAndWalesBankHolidays.Parse(new StringReader(yaml)));

        Assert.Contains(EnglandAndWalesBankHolidays.DataFilePath, error.Message);
    }
}
