namespace SendSite.Domain.Calendar;

/// <summary>Which kind of inspection is expected next.</summary>
public enum ExpectedInspectionKind
{
    Monitoring,
    Full,
}
