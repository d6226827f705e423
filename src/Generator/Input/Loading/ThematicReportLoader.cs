using SendSite.Diagnostics;
using SendSite.Domain.Content;
using YamlDotNet.RepresentationModel;

namespace SendSite.Input.Loading;

/// <summary>Maps a thematic report file that passed its schema to a <see cref="ThematicReport"/>.</summary>
public static class ThematicReportLoader
{
    public static ThematicReport Map(ParsedFile file, string id)
    {
        var f = file.Fields;
        return new ThematicReport(
            id,
            f.RequiredText("title"),
            f.RequiredText("topic"),
            f.Text("summary"),
            f.Instant("published")!.Value,
            f.RequiredText("status") == "approved",
            AreasVisited(file),
            f.Text("official_report") is { } official ? new Uri(official) : null,
            file.Body!,
            file.Source);
    }

    private static IReadOnlyList<VisitedArea> AreasVisited(ParsedFile file)
    {
        if (file.Root.Children.TryGetValue(new YamlScalarNode("areas_visited"), out var node) && node is YamlSequenceNode list)
        {
            // Positions in the parsed front matter are counted from its first line; the field's own mapped
            // location says how far that is from the top of the file.
            var field = file.Source.At("areas_visited");
            var offset = field.Line - (int)list.Start.Line;
            return [.. list.Children.OfType<YamlScalarNode>().Select(item =>
                new VisitedArea(item.Value ?? "", new SourceLocation(file.RelativePath, (int)item.Start.Line + offset, (int)item.Start.Column)))];
        }
        return [];
    }
}
