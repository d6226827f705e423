using System.Text;

namespace SendSite.Tests.Rendering.Markdown;

/// <summary>
/// A body shaped like a real inspection report (headings, paragraphs with links and emphasis, lists, a table),
/// of a chosen length, for timing and whole-document tests.
/// </summary>
public static class SampleDocument
{
    private const string Sentence =
        "Leaders across the local area partnership work together to understand the needs of children and young people "
        + "with SEND, and **families** say that they are *listened to* when plans are reviewed. ";

    public static string Create(int words)
    {
        var wordsPerSentence = Sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var markdown = new StringBuilder();
        var written = 0;
        for (var section = 1; written < words; section++)
        {
            markdown.Append("## Section ").Append(section).Append("\n\n");
            for (var paragraph = 0; paragraph < 4 && written < words; paragraph++)
            {
                for (var sentence = 0; sentence < 4; sentence++)
                {
                    markdown.Append(Sentence);
                    written += wordsPerSentence;
                }

                markdown.Append("See [the priority action plan](../../plans/example-area/2024-03-01-priority-action-plan.md#priority-action-1) and ")
                    .Append("[Ofsted's guidance](https://www.gov.uk/government/publications/area-send-framework-and-handbook).\n\n");
            }

            markdown.Append("### Areas for improvement\n\n")
                .Append("- Leaders should improve the timeliness of EHC plans.\n")
                .Append("- Leaders should make sure that the local offer is up to date.\n\n")
                .Append("| Measure | Value |\n|---|--:|\n| New EHC plans within 20 weeks | 48% |\n| Tribunals | 12 |\n\n");
        }

        return markdown.ToString();
    }
}
