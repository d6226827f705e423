namespace SendSite.Calendar;

/// <summary>
/// The outcome of a full area SEND inspection under the framework in force since 1 January 2023: exactly one
/// of three statements. (Lives here until the content model has a home for it.)
/// </summary>
public enum InspectionOutcome
{
    /// <summary>Arrangements typically lead to positive experiences and outcomes.</summary>
    TypicallyPositive,

    /// <summary>Arrangements lead to inconsistent experiences and outcomes.</summary>
    Inconsistent,

    /// <summary>Widespread and/or systemic failings: a priority action plan and a monitoring inspection follow.</summary>
    WidespreadFailings,
}
