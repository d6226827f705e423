namespace SendSite.Domain.Calendar;

/// <summary>The shape of bank-holidays-england-and-wales.yml, as YamlDotNet reads it.</summary>
internal sealed class BankHolidayFile
{
    public int FirstYear { get; set; }

    public int LastYear { get; set; }

    public List<BankHolidayFileEntry> Holidays { get; set; } = [];
}
