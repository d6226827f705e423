using SendSite.Input.Yaml;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace SendSite.Tests.Loading.Yaml;

public sealed class YamlScalarClassifierTests
{
    [Theory]
    [InlineData("a: true", YamlScalarKind.Boolean)]
    [InlineData("a: False", YamlScalarKind.Boolean)]
    [InlineData("a: yes", YamlScalarKind.String)]
    [InlineData("a: 'true'", YamlScalarKind.String)]
    [InlineData("a: 12", YamlScalarKind.Integer)]
    [InlineData("a: -3", YamlScalarKind.Integer)]
    [InlineData("a: \"12\"", YamlScalarKind.String)]
    [InlineData("a: 1.5", YamlScalarKind.Number)]
    [InlineData("a: 2025-03-14", YamlScalarKind.String)]
    [InlineData("a: 2025-03-14T09:30:00Z", YamlScalarKind.String)]
    [InlineData("a:", YamlScalarKind.Null)]
    [InlineData("a: ~", YamlScalarKind.Null)]
    [InlineData("a: null", YamlScalarKind.Null)]
    [InlineData("a: ''", YamlScalarKind.String)]
    [InlineData("a: !!str 12", YamlScalarKind.String)]
    [InlineData("a: |\n  12\n", YamlScalarKind.String)]
    public void Classifies_as_the_yaml_core_schema_does(string yaml, YamlScalarKind expected)
    {
        var root = (YamlMappingNode)YamlDocumentReader.Read(yaml, "x.yml", 0).Root!;
        var value = (YamlScalarNode)root.Children[new YamlScalarNode("a")];

        Assert.Equal(expected, YamlScalarClassifier.Classify(value));
    }
}
