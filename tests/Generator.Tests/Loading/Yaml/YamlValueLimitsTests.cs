using SendSite.Diagnostics;
using SendSite.Input.Yaml;

namespace SendSite.Tests.Loading.Yaml;

public sealed class YamlValueLimitsTests
{
    private static Diagnostic Only(string yaml)
    {
        var result = YamlDocumentReader.Read(yaml, "areas.yml", 0);
        return Assert.Single(result.Diagnostics);
    }

    [Theory]
    [InlineData("data: !!binary aGVsbG8=\n", "!!binary")]
    [InlineData("name: !python/object:os.system x\n", "!python/object:os.system")]
    [InlineData("when: !!timestamp 2025-01-01\n", "!!timestamp")]
    public void Tags_other_than_the_standard_scalars_are_refused_at_the_value(string yaml, string tag)
    {
        var problem = Only("title: ok\n" + yaml);

        Assert.Equal(DiagnosticCodes.YamlTag, problem.Code);
        Assert.Equal(2, problem.Location.Line);
        Assert.Contains(tag.Replace("!!", "tag:yaml.org,2002:", StringComparison.Ordinal).TrimStart('!'), problem.Message.Replace("!!", "tag:yaml.org,2002:", StringComparison.Ordinal));
    }

    [Fact]
    public void Standard_tags_are_allowed()
    {
        Assert.Empty(YamlDocumentReader.Read("a: !!str 12\nb: !!int 3\nc: !!bool true\n", "x.yml", 0).Diagnostics);
    }

    [Theory]
    [InlineData("number: 2147483648")]
    [InlineData("order: 12345678901234567890")]
    [InlineData("number: -2147483649")]
    public void Whole_numbers_beyond_what_the_generator_counts_with_are_refused(string line)
    {
        var problem = Only("title: ok\n" + line + "\n");

        Assert.Equal(DiagnosticCodes.OutOfRange, problem.Code);
        Assert.Equal(new SourceLocation("areas.yml", 2, line.IndexOf(':') + 3), problem.Location);
        Assert.Contains("too large a number", problem.Message);
    }

    [Fact]
    public void The_largest_whole_number_and_a_quoted_long_number_are_allowed()
    {
        Assert.Empty(YamlDocumentReader.Read("number: 2147483647\ncode: \"12345678901234567890\"\n", "x.yml", 0).Diagnostics);
    }

    [Theory]
    [InlineData("name: \"Northby \\e[31mred\\e[0m\"\n")]
    [InlineData("name: \"bell \\a\"\n")]
    [InlineData("name: \"next line \\x85\"\n")]
    public void Control_characters_are_refused_and_shown_escaped(string yaml)
    {
        var problem = Only(yaml);

        Assert.Equal(DiagnosticCodes.ControlCharacter, problem.Code);
        Assert.DoesNotContain(problem.Message, char.IsControl);
        Assert.Contains("\\u", problem.Message);
    }
}
