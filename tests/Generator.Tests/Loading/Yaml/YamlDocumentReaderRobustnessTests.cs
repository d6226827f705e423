using SendSite.Input.Schema;
using SendSite.Input.Yaml;
using SendSite.Tests.Validation.Schema;
using Xunit;

namespace SendSite.Tests.Loading.Yaml;

/// <summary>
/// Authors make every kind of typo; none may end in an exception (a stack trace) instead of a diagnostic.
/// Mutates a valid report at random (fixed seed, so a failure repeats) with the characters YAML gives meaning to.
/// </summary>
public sealed class YamlDocumentReaderRobustnessTests
{
    private const int Mutations = 3000;
    private const string Troublemakers = ":-'\"[]{}#&*!|>%@`\t\r\n ,?~";

    [Fact]
    public void Mangled_yaml_gives_diagnostics_never_exceptions()
    {
        var random = new Random(20250314);
        var original = SchemaValidatorTests.ValidReport;
        var schema = JsonSchema.Load(SchemaNames.Report);

        for (var attempt = 0; attempt < Mutations; attempt++)
        {
            var yaml = Mutate(original, random);
            var read = YamlDocumentReader.Read(yaml, "r.md", 1);
            var diagnostics = read.Root is null ? read.Diagnostics : SchemaValidator.Validate(read.Root, schema, "r.md", 1);

            Assert.All(diagnostics, d =>
            {
                Assert.InRange(d.Location.Line, 1, yaml.Split('\n').Length + 2);
                Assert.True(d.Location.Column >= 1, d.ToString());
                Assert.DoesNotContain("Exception", d.Message, StringComparison.Ordinal);
            });
            Assert.True(read.Root is not null || read.Diagnostics.Count > 0, yaml);
        }
    }

    private static string Mutate(string text, Random random)
    {
        var characters = text.ToList();
        var edits = random.Next(1, 4);
        for (var edit = 0; edit < edits; edit++)
        {
            var at = random.Next(characters.Count);
            if (random.Next(2) == 0)
            {
                characters.RemoveAt(at);
            }
            else
            {
                characters.Insert(at, Troublemakers[random.Next(Troublemakers.Length)]);
            }
        }

        return new string([.. characters]);
    }
}
