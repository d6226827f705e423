using SendSite.Domain.Content;
using YamlDotNet.RepresentationModel;

namespace SendSite.Input.Loading;

/// <summary>Reads the <c>abolished</c> list of input/areas.yml: codes no longer in use, with their successors' slugs.</summary>
public static class AbolishedAreaLoader
{
    public static IReadOnlyList<AbolishedArea> Load(ParsedFile areasFile) =>
        areasFile.Fields.Node("abolished") is YamlSequenceNode abolished
            ? [.. abolished.Children.OfType<YamlMappingNode>().Select(node =>
            {
                var f = new YamlFields(node);
                return new AbolishedArea(f.RequiredText("slug"), f.RequiredText("name"), f.RequiredText("code"), f.Date("until"), f.TextList("successors"));
            })]
            : [];
}
