using SendSite.Rendering.Markdown;
using Xunit;

namespace SendSite.Tests.Rendering.Markdown;

/// <summary>Runs every example of every spec file in Specs/ on its own, so a failure names the file and line.</summary>
public sealed class MarkdownSpecTests
{
    /// <summary>The path the examples are rendered as: two folders deep, as reports and plans are.</summary>
    public const string ExampleFile = "reports/example-area/2024-01-01-full-inspection.md";

    private static readonly IReadOnlyDictionary<string, SpecExample> ExamplesById =
        SpecFile.ReadAll().ToDictionary(example => example.Id, StringComparer.Ordinal);

    public static TheoryData<string> ExampleIds => new(ExamplesById.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(ExampleIds))]
    public void Example_renders_as_specified(string id)
    {
        var example = ExamplesById[id];

        var rendered = SpecInput.Renderer.Render(example.Markdown, ExampleFile, firstBodyLine: 1);

        Assert.Equal(example.Html, rendered.Html.TrimEnd('\n'));
        Assert.Equal(
            example.Diagnostics,
            rendered.Diagnostics.Select(d => $"{d.Code} {d.Location.Line}:{d.Location.Column}").ToList());
        Assert.All(rendered.Diagnostics, d => Assert.Equal(ExampleFile, d.Location.File));
    }

    [Theory]
    [MemberData(nameof(ExampleIds))]
    public void Checking_without_html_finds_exactly_the_problems_rendering_finds(string id)
    {
        var example = ExamplesById[id];

        var rendered = SpecInput.Renderer.Render(example.Markdown, ExampleFile, firstBodyLine: 3);
        var checkedOnly = SpecInput.Renderer.Check(example.Markdown, ExampleFile, firstBodyLine: 3);

        Assert.Equal(rendered.Diagnostics, checkedOnly);
    }

    [Fact]
    public void Spec_files_hold_examples()
    {
        Assert.True(ExamplesById.Count >= 40, $"Only {ExamplesById.Count} spec examples were found in {SpecFile.Folder}.");
    }
}
