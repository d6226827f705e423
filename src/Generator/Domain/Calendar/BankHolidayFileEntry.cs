namespace SendSite.Domain.Calendar;

/// <summary>One entry of bank-holidays-england-and-wales.yml. The date stays text until it is checked, so a
/// mistyped date gets a message that quotes it.</summary>
internal sealed class BankHolidayFileEntry
{
    public string Date { get; set; } = "";

    public string Name { get; set; } = "";

    public bool Provisional { get; set; }
}
