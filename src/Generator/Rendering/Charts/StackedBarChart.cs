using System.Globalization;
using System.Xml.Linq;

namespace SendSite.Rendering.Charts;

/// <summary>
/// Draws a horizontal stacked bar chart as inline SVG at build time (no JavaScript): one bar per row, its
/// label above it so the chart stays narrow enough for a 320px screen, each segment filled with its
/// category's pattern and labelled with its count. The SVG is one image to assistive technology
/// (role="img", named by its title and described by a sentence per row); the table beside it has the numbers.
/// </summary>
public static class StackedBarChart
{
    public const int Width = 320;
    private const int LineHeight = 20;
    private const int BarTop = 6;
    private const int BarHeight = 30;
    private const int RowGap = 16;

    // Arial's average character is about half its size: 16-unit text fits about 36 characters in 320 units,
    // so longer labels ("North East, Yorkshire and the Humber (2 areas)") wrap onto a second line.
    private const int CharactersPerLine = 34;
    private const int SegmentGap = 2;
    private const int LabelFontSize = 16;
    private const int CountFontSize = 14;
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static string Draw(string id, string title, string description, IReadOnlyList<ChartCategoryView> categories, IReadOnlyList<RegionOutcomesView> rows)
    {
        var largest = Math.Max(1, rows.Select(r => r.Total).DefaultIfEmpty(0).Max());
        var unit = (double)Width / largest;
        var labels = rows.Select(r => Wrap($"{r.Region} ({r.Total} {(r.Total == 1 ? "area" : "areas")})")).ToList();
        var height = Math.Max(1, labels.Sum(RowHeight) - RowGap);
        var svg = new XElement(Svg + "svg",
            new XAttribute("class", "app-chart"),
            new XAttribute("id", id),
            new XAttribute("viewBox", $"0 0 {Width} {height}"),
            new XAttribute("width", Width),
            new XAttribute("height", height),
            new XAttribute("role", "img"),
            new XAttribute("aria-labelledby", id + "-title"),
            new XAttribute("aria-describedby", id + "-desc"),
            new XAttribute("font-family", "arial, sans-serif"),
            new XElement(Svg + "title", new XAttribute("id", id + "-title"), title),
            new XElement(Svg + "desc", new XAttribute("id", id + "-desc"), description),
            ChartPatterns.Definitions(Svg));
        var top = 0;
        for (var index = 0; index < rows.Count; index++)
        {
            svg.Add(Row(rows[index], labels[index], categories, top, unit));
            top += RowHeight(labels[index]);
        }
        return svg.ToString(SaveOptions.DisableFormatting);
    }

    private static int RowHeight(IReadOnlyList<string> label) => label.Count * LineHeight + BarTop + BarHeight + RowGap;

    private static XElement Row(RegionOutcomesView row, IReadOnlyList<string> label, IReadOnlyList<ChartCategoryView> categories, int top, double unit)
    {
        var group = new XElement(Svg + "g",
            new XAttribute("data-region", row.Region),
            new XElement(Svg + "text",
                new XAttribute("class", "app-chart__label"),
                new XAttribute("font-size", LabelFontSize),
                new XAttribute("fill", "#0b0c0c"),
                label.Select((line, index) => new XElement(Svg + "tspan",
                    new XAttribute("x", 0),
                    new XAttribute("y", top + LabelFontSize + index * LineHeight),
                    line))));
        var barTop = top + label.Count * LineHeight + BarTop;
        var x = 0.0;
        for (var category = 0; category < categories.Count; category++)
        {
            var count = row.Counts[category];
            if (count == 0)
            {
                continue;
            }
            var width = count * unit;
            group.Add(Segment(category, categories[category], count, x, barTop, width));
            x += width;
        }
        return group;
    }

    private static XElement Segment(int category, ChartCategoryView view, int count, double x, int y, double width)
    {
        var segment = new XElement(Svg + "g", new XAttribute("data-category", view.Label), new XAttribute("data-count", count));
        var rect = new XElement(Svg + "rect",
            new XAttribute("x", Number(x + 0.5)),
            new XAttribute("y", y + 0.5),
            new XAttribute("width", Number(Math.Max(1, width - SegmentGap - 1))),
            new XAttribute("height", BarHeight - 1),
            new XAttribute("fill", $"url(#{view.PatternId})"));
        if (ChartPatterns.Stroke(category) is { } stroke)
        {
            rect.Add(new XAttribute("stroke", stroke), new XAttribute("stroke-width", 1));
        }
        segment.Add(rect);

        // The count sits on a white label so its contrast does not depend on the fill behind it.
        var text = count.ToString(CultureInfo.InvariantCulture);
        var labelWidth = 8 * text.Length + 8;
        if (labelWidth <= width - SegmentGap - 2)
        {
            var centre = x + (width - SegmentGap) / 2;
            segment.Add(
                new XElement(Svg + "rect",
                    new XAttribute("x", Number(centre - labelWidth / 2.0)),
                    new XAttribute("y", y + (BarHeight - 20) / 2),
                    new XAttribute("width", labelWidth),
                    new XAttribute("height", 20),
                    new XAttribute("rx", 3),
                    new XAttribute("fill", "#ffffff")),
                new XElement(Svg + "text",
                    new XAttribute("x", Number(centre)),
                    new XAttribute("y", y + BarHeight / 2 + 5),
                    new XAttribute("font-size", CountFontSize),
                    new XAttribute("font-weight", "bold"),
                    new XAttribute("text-anchor", "middle"),
                    new XAttribute("fill", "#0b0c0c"),
                    text));
        }
        return segment;
    }

    private static List<string> Wrap(string text)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > CharactersPerLine)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = line.Length == 0 ? word : line + " " + word;
            }
        }
        lines.Add(line);
        return lines;
    }

    private static string Number(double value) => Math.Round(value, 2).ToString(CultureInfo.InvariantCulture);
}
