using System.Globalization;
using System.Text;

namespace SendSite.Benchmarks.Corpus;

/// <summary>
/// Writes Markdown prose for one area from <see cref="Phrases"/>, counting the words it writes so that a
/// document can be grown to the length it was given.
/// </summary>
public sealed class TextComposer(FictionalArea area, Random random, StringBuilder output)
{
    public int Words { get; private set; }

    public Random Random => random;

    public void Heading(int level, string text)
    {
        output.Append('#', level).Append(' ').Append(text).Append("\n\n");
        Words += CountWords(text);
    }

    public void Paragraph(int minSentences, int maxSentences)
    {
        var count = minSentences + random.Next(maxSentences - minSentences + 1);
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                output.Append(' ');
            }
            Text(Fill(Pick(Phrases.Sentences)));
        }
        output.Append("\n\n");
    }

    public void Bullets(IReadOnlyList<string> items)
    {
        foreach (var item in items)
        {
            output.Append("- ");
            Text(Fill(item));
            output.Append('\n');
        }
        output.Append('\n');
    }

    public void Numbered(IReadOnlyList<string> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            output.Append((i + 1).ToString(CultureInfo.InvariantCulture)).Append(". ");
            Text(Fill(items[i]));
            output.Append('\n');
        }
        output.Append('\n');
    }

    /// <summary>A table of figures with a header row, the way reports show data leaders shared.</summary>
    public void FiguresTable()
    {
        var firstYear = 2019 + random.Next(4);
        output.Append("| Measure | ").Append(firstYear).Append(" | ").Append(firstYear + 2).Append(" |\n| --- | --- | --- |\n");
        var rows = 3 + random.Next(4);
        for (var i = 0; i < rows; i++)
        {
            var service = Pick(Phrases.Services);
            output.Append("| Children waiting more than 18 weeks for ").Append(service).Append(" | ")
                .Append(random.Next(20, 900).ToString(CultureInfo.InvariantCulture)).Append(" | ")
                .Append(random.Next(20, 900).ToString(CultureInfo.InvariantCulture)).Append(" |\n");
            Words += 8 + CountWords(service);
        }
        output.Append('\n');
    }

    public string Pick(IReadOnlyList<string> items) => items[random.Next(items.Count)];

    public string Fill(string template)
    {
        if (!template.Contains('{'))
        {
            return template;
        }
        return template
            .Replace("{area}", area.Name, StringComparison.Ordinal)
            .Replace("{council}", area.Council, StringComparison.Ordinal)
            .Replace("{icb}", area.Icb, StringComparison.Ordinal)
            .Replace("{service}", Pick(Phrases.Services), StringComparison.Ordinal)
            .Replace("{group}", Pick(Phrases.Groups), StringComparison.Ordinal)
            .Replace("{setting}", Pick(Phrases.Settings), StringComparison.Ordinal)
            .Replace("{number}", random.Next(12, 80).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{percent}", random.Next(15, 95).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{month}", $"{Pick(Phrases.Months)} {2019 + random.Next(7)}", StringComparison.Ordinal);
    }

    private void Text(string text)
    {
        output.Append(text);
        Words += CountWords(text);
    }

    private static int CountWords(string text)
    {
        var words = 1;
        foreach (var c in text)
        {
            if (c == ' ')
            {
                words++;
            }
        }
        return words;
    }
}
