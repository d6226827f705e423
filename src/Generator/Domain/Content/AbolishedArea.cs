namespace SendSite.Domain.Content;

/// <summary>
/// An area, or an area's code, that no longer exists (areas.yml, <c>abolished</c>), and the current areas
/// that replaced it. Its inspections belong to its history: Ofsted does not carry them over to a successor,
/// so a successor shows them as inspections of the old area ("inspected as part of Cumbria").
/// </summary>
public sealed record AbolishedArea(string Slug, string Name, string Code, DateOnly? Until, IReadOnlyList<string> Successors);
