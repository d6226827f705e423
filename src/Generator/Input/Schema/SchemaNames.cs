namespace SendSite.Input.Schema;

/// <summary>
/// The JSON Schemas shipped inside the generator (src/Generator/Schemas/&lt;name&gt;.schema.json). Editors use the
/// same files through '# yaml-language-server: $schema=' lines, so authors and the build see the same rules.
/// </summary>
public static class SchemaNames
{
    public const string Report = "report";
    public const string Plan = "plan";
    public const string Page = "page";
    public const string Site = "site";
    public const string Areas = "areas";

    public static IReadOnlyList<string> All { get; } = [Report, Plan, Page, Site, Areas];
}
