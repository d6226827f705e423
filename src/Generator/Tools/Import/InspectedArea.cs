using SendSite.Domain.Content;

namespace SendSite.Tools.Import;

/// <summary>
/// The area a row is about, as inspected: its code and name then, and the current areas whose pages show it.
/// <see cref="Current"/> is set when it is a current area; it is null for an abolished one (Cumbria), whose
/// <see cref="Areas"/> are its successors.
/// </summary>
public sealed record InspectedArea(string Code, string Name, IReadOnlyList<string> Areas, Area? Current)
{
    public static InspectedArea Of(Area area) => new(area.Code, area.Name, [area.Slug], area);

    public static InspectedArea Of(AbolishedArea abolished) => new(abolished.Code, abolished.Name, abolished.Successors, null);
}
