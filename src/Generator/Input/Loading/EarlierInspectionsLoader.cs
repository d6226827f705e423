using SendSite.Domain.Content;
using YamlDotNet.RepresentationModel;

namespace SendSite.Input.Loading;

/// <summary>
/// Reads input/earlier-inspections.yml, the 2016-2022 framework's inspections (written by `import` from
/// Ofsted's statistics). The file is optional: a site without it has no history section.
/// </summary>
public static class EarlierInspectionsLoader
{
    public static IReadOnlyList<EarlierInspection> Load(InputPaths paths, SourceFileReader reader)
    {
        if (!File.Exists(paths.Full(InputPaths.EarlierInspectionsFile)))
        {
            return [];
        }
        var file = reader.ReadYaml(InputPaths.EarlierInspectionsFile, "earlier-inspections");
        if (file?.Fields.Node("inspections") is not YamlSequenceNode inspections)
        {
            return [];
        }
        return [.. inspections.Children.OfType<YamlMappingNode>().Select(node =>
        {
            var f = new YamlFields(node);
            return new EarlierInspection(
                f.RequiredText("code"),
                f.RequiredText("name"),
                f.TextList("areas"),
                f.Text("ofsted_page") is { } page ? new Uri(page) : null,
                f.Date("inspection_start")!.Value,
                f.Date("published")!.Value,
                f.Flag("written_statement_required"),
                f.Number("significant_weaknesses"),
                f.Node("revisit") is YamlMappingNode revisit ? Revisit(new YamlFields(revisit)) : null,
                SourceFileReader.SourceMapOf(node, file.RelativePath, 0));
        })];
    }

    private static EarlierRevisit Revisit(YamlFields f) => new(
        f.Date("start")!.Value,
        f.Date("published"),
        RevisitProgressValues.Parse(f.Text("sufficient_progress")),
        f.Number("weaknesses_with_progress"),
        f.Number("weaknesses_without_progress"));
}
