namespace SendSite.Domain.Calendar;

/// <summary>
/// One bank holiday. <see cref="Provisional"/> marks a date computed from the rules because GOV.UK had not
/// yet published that year: right in all ordinary years, but a one-off change would not be in it.
/// </summary>
public sealed record BankHoliday(DateOnly Date, string Name, bool Provisional);
