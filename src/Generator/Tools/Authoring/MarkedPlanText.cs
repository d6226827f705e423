namespace SendSite.Tools.Authoring;

/// <summary>
/// A plan file's text and the line where each part of it starts (a front-matter field's name, or a body
/// section's key such as "priority-2"), so a problem found on a line can be traced back to what produced it.
/// </summary>
public sealed record MarkedPlanText(string Text, IReadOnlyList<(int Line, string Part)> Marks)
{
    /// <summary>The part that holds <paramref name="line"/>: the last one starting on or before it.</summary>
    public string? PartAt(int line) => Marks.LastOrDefault(m => m.Line <= line).Part;
}
