using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace SendSite.Domain.Calendar;

/// <summary>
/// Reads the England and Wales bank holidays that are embedded in the assembly from
/// <see cref="DataFilePath"/>. The file is part of the program, not of a site's input, so a mistake in it is
/// a bug in the generator: it fails loudly, with the entry and what is wrong.
/// </summary>
public static class EnglandAndWalesBankHolidays
{
    /// <summary>Where the data lives in the repository: the place people are told to edit.</summary>
    public const string DataFilePath = "src/Generator/Data/bank-holidays-england-and-wales.yml";

    internal const string ResourceName = "SendSite.Data.bank-holidays-england-and-wales.yml";

    private const string DateFormat = "yyyy-MM-dd";

    public static BankHolidaySchedule Load()
    {
        using var stream = typeof(EnglandAndWalesBankHolidays).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException(
                $"The bank holidays are missing from the program: {DataFilePath} must be an EmbeddedResource named {ResourceName} in Generator.csproj.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }

    internal static BankHolidaySchedule Parse(TextReader yaml)
    {
        var deserializer = new DeserializerBuilder()
            .WithNamingConvention(UnderscoredNamingConvention.Instance)
            .Build();
        BankHolidayFile file;
        try
        {
            file = deserializer.Deserialize<BankHolidayFile?>(yaml) ?? new BankHolidayFile();
        }
        catch (YamlException exception)
        {
            throw new InvalidDataException($"{DataFilePath} is not valid: {exception.Message}", exception);
        }

        return ToSchedule(file);
    }

    private static BankHolidaySchedule ToSchedule(BankHolidayFile file)
    {
        if (file.FirstYear < 1 || file.LastYear < file.FirstYear)
        {
            throw Invalid($"first_year ({file.FirstYear}) and last_year ({file.LastYear}) must be years with first_year <= last_year.");
        }

        var holidays = file.Holidays.Select(entry => ToHoliday(entry, file)).OrderBy(holiday => holiday.Date).ToList();

        var repeated = holidays.GroupBy(holiday => holiday.Date).FirstOrDefault(group => group.Count() > 1);
        if (repeated is not null)
        {
            throw Invalid($"{repeated.Key.ToString(DateFormat, CultureInfo.InvariantCulture)} is listed more than once.");
        }

        // A year with no holidays at all is a year someone forgot to fill in, not a year without bank holidays.
        var emptyYear = Enumerable.Range(file.FirstYear, file.LastYear - file.FirstYear + 1)
            .Cast<int?>()
            .FirstOrDefault(year => holidays.All(holiday => holiday.Date.Year != year));
        if (emptyYear is not null)
        {
            throw Invalid($"{emptyYear} is inside first_year..last_year but has no holidays listed.");
        }

        return new BankHolidaySchedule(file.FirstYear, file.LastYear, holidays);
    }

    private static BankHoliday ToHoliday(BankHolidayFileEntry entry, BankHolidayFile file)
    {
        if (!DateOnly.TryParseExact(entry.Date, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw Invalid($"'{entry.Date}' is not a date written as {DateFormat}.");
        }

        if (string.IsNullOrWhiteSpace(entry.Name))
        {
            throw Invalid($"{entry.Date} has no name.");
        }

        if (date.Year < file.FirstYear || date.Year > file.LastYear)
        {
            throw Invalid($"{entry.Date} is outside first_year..last_year ({file.FirstYear} to {file.LastYear}).");
        }

        // Bank holidays always fall on weekdays (weekend ones get a substitute day), so a weekend date is a typo.
        if (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            throw Invalid($"{entry.Date} ({entry.Name}) is a {date.DayOfWeek}; bank holidays fall on weekdays.");
        }

        return new BankHoliday(date, entry.Name, entry.Provisional);
    }

    private static InvalidDataException Invalid(string problem) => new($"{DataFilePath}: {problem}");
}
