namespace SendSite.Domain.Content;

/// <summary>The two published inspection types of the 2023 framework.</summary>
public enum InspectionKind
{
    /// <summary>s20(1)(a) Children Act 2004; ends with one of the three outcomes.</summary>
    Full,
    /// <summary>s20(2); follows a "widespread and/or systemic failings" outcome.</summary>
    Monitoring,
}
