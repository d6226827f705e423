using SendSite.Diagnostics;

namespace SendSite.Domain.Content;

/// <summary>
/// The marker `new plan` puts wherever the author must write their own words. Validation refuses a plan that
/// still has one (SEND417), so an unfinished template can never be published by mistake.
/// </summary>
public static class PlanPlaceholders
{
    public const string Marker = "TO DO:";

    public static bool Has(string? text) => text is not null && text.Contains(Marker, StringComparison.Ordinal);

    /// <summary>Where a body still has the marker: the first on each line, as the file's line and column.</summary>
    public static IReadOnlyList<SourceLocation> InBody(ReadOnlySpan<char> text, string file, int firstLine)
    {
        if (!text.Contains(Marker, StringComparison.Ordinal))
        {
            return [];
        }
        var found = new List<SourceLocation>();
        var rest = text;
        for (var line = firstLine; ; line++)
        {
            var end = rest.IndexOf('\n');
            var column = (end < 0 ? rest : rest[..end]).IndexOf(Marker, StringComparison.Ordinal);
            if (column >= 0)
            {
                found.Add(new SourceLocation(file, line, column + 1));
            }
            if (end < 0)
            {
                return found;
            }
            rest = rest[(end + 1)..];
        }
    }
}
