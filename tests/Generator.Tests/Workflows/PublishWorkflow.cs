using SendSite.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace SendSite.Tests.Workflows;

/// <summary>.github/workflows/publish.yml parsed with YamlDotNet, with small accessors for what the tests check.</summary>
public sealed class PublishWorkflow
{
    public static readonly string FilePath = RepositoryRoot.Combine(".github", "workflows", "publish.yml");

    private PublishWorkflow(YamlMappingNode root) => Root = root;

    public YamlMappingNode Root { get; }

    public static PublishWorkflow Load()
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(FilePath);
        stream.Load(reader);
        return new PublishWorkflow((YamlMappingNode)stream.Documents.Single().RootNode);
    }

    public YamlMappingNode Job(string name) => (YamlMappingNode)Mapping(Root, "jobs")[name];

    public static YamlMappingNode Mapping(YamlMappingNode node, string key) => (YamlMappingNode)node[key];

    public static string? Text(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;

    public static IReadOnlyList<YamlMappingNode> Steps(YamlMappingNode job) =>
        [.. ((YamlSequenceNode)job["steps"]).Children.Cast<YamlMappingNode>()];

    public static IReadOnlyDictionary<string, string> Flat(YamlMappingNode node) =>
        node.Children.ToDictionary(pair => ((YamlScalarNode)pair.Key).Value!, pair => ((YamlScalarNode)pair.Value).Value!, StringComparer.Ordinal);
}
