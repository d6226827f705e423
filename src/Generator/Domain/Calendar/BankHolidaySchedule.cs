namespace SendSite.Domain.Calendar;

/// <summary>
/// The bank holidays of every year from <see cref="FirstYear"/> to <see cref="LastYear"/>, in date order.
/// The years are stated, not inferred from the dates, so a year with missing holidays cannot pass unnoticed
/// as a year with none.
/// </summary>
public sealed record BankHolidaySchedule(int FirstYear, int LastYear, IReadOnlyList<BankHoliday> Holidays);
