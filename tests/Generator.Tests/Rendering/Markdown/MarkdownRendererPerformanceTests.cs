using System.Diagnostics;
using SendSite.Rendering.Markdown;
using Xunit;
using Xunit.Abstractions;

namespace SendSite.Tests.Rendering.Markdown;

/// <summary>
/// The whole dataset is about 1,100 documents of 2,000-6,000 words and must build in seconds, so one
/// 5,000-word document must take a few milliseconds. The bound here is loose (machines differ); the figure
/// is written to the test output: dotnet test --logger "console;verbosity=detailed".
/// </summary>
public sealed class MarkdownRendererPerformanceTests(ITestOutputHelper output)
{
    private const int Rounds = 40;
    private const double MostMillisecondsPerDocument = 100;

    [Fact]
    public void Renders_a_5000_word_document_in_a_few_milliseconds()
    {
        var markdown = SampleDocument.Create(words: 5_000);
        for (var warmUp = 0; warmUp < 5; warmUp++)
        {
            MarkdownRenderer.Shared.Render(markdown, "reports/a/b.md", firstBodyLine: 1);
        }

        var clock = Stopwatch.StartNew();
        for (var round = 0; round < Rounds; round++)
        {
            MarkdownRenderer.Shared.Render(markdown, "reports/a/b.md", firstBodyLine: 1);
        }

        var perDocument = clock.Elapsed.TotalMilliseconds / Rounds;
        output.WriteLine($"{perDocument:F2} ms per 5,000-word document ({markdown.Length:N0} characters)");
        Assert.InRange(perDocument, 0, MostMillisecondsPerDocument);
    }
}
