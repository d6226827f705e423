using SendSite.Domain.Content;
using YamlDotNet.RepresentationModel;

namespace SendSite.Input.Loading;

/// <summary>Reads input/areas.yml, the registry of local areas.</summary>
public static class AreaRegistryLoader
{
    public static IReadOnlyList<Area> Load(SourceFileReader reader) =>
        reader.ReadYaml(InputPaths.AreasFile, "areas") is { } file ? Load(file) : [];

    /// <summary>The areas of an areas.yml already read (import also reads its <c>abolished</c> list, so it reads the file once).</summary>
    public static IReadOnlyList<Area> Load(ParsedFile file)
    {
        if (file.Fields.Node("areas") is not YamlSequenceNode areas)
        {
            return [];
        }
        return [.. areas.Children.OfType<YamlMappingNode>().Select(node =>
        {
            var f = new YamlFields(node);
            return new Area(
                f.RequiredText("slug"),
                f.RequiredText("name"),
                f.Text("official_name"),
                f.RequiredText("code"),
                f.RequiredText("region"),
                f.RequiredText("council"),
                f.RequiredText("icb"),
                f.TextList("aliases"),
                [.. f.MappingList("former_names").Select(n => new FormerName(n.RequiredText("name"), n.Text("slug"), n.Date("until"), n.Text("code")))],
                f.TextList("owners"),
                SourceFileReader.SourceMapOf(node, file.RelativePath, 0))
            {
                Districts = f.TextList("districts"),
            };
        })];
    }
}
