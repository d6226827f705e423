namespace SendSite.Authoring;

/// <summary>
/// The marker `new plan` puts wherever the author must write their own words. Validation refuses a plan that
/// still has one (SEND417), so an unfinished template can never be published by mistake.
/// </summary>
public static class PlanPlaceholders
{
    public const string Marker = "TO DO:";

    public static bool Has(string? text) => text is not null && text.Contains(Marker, StringComparison.Ordinal);
}
