namespace SendSite.Input.Schema;

/// <summary>Joins the specific instruction with the schema's description of the field, which explains it.</summary>
internal static class FixText
{
    public static string With(string instruction, string? description) =>
        string.IsNullOrWhiteSpace(description) ? instruction : instruction + " " + description;
}
