namespace SendSite.Domain.Content;

/// <summary>The three outcomes of a full inspection under the 2023 framework, worst last.</summary>
public enum InspectionOutcome
{
    TypicallyPositive,
    Inconsistent,
    WidespreadFailings,
}
