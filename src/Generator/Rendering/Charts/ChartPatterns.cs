using System.Xml.Linq;

namespace SendSite.Rendering.Charts;

/// <summary>
/// The fills of chart segments, one per category, each a different shape as well as a different colour:
/// solid, diagonal stripes, cross-hatching, and dots on white inside an outline. Every colour has at least
/// 4.9:1 contrast with white (WCAG 1.4.11 asks 3:1), and the shapes survive black-and-white printing.
/// </summary>
public static class ChartPatterns
{
    public const string IdPrefix = "app-chart-fill-";
    public const string Outline = "#505a5f";
    private const int Size = 8;

    private static readonly string[] Colours = ["#00703c", "#b25800", "#aa2a16", "#ffffff"];

    public static int Count => Colours.Length;

    public static string Id(int category) => IdPrefix + (category + 1);

    /// <summary>The stroke drawn round a segment: only the last (white) fill needs one to be seen.</summary>
    public static string? Stroke(int category) => category == Colours.Length - 1 ? Outline : null;

    public static XElement Definitions(XNamespace svg) =>
        new(svg + "defs", Enumerable.Range(0, Colours.Length).Select(c => Pattern(svg, c)));

    private static XElement Pattern(XNamespace svg, int category)
    {
        var colour = Colours[category];
        var pattern = new XElement(svg + "pattern",
            new XAttribute("id", Id(category)),
            new XAttribute("width", Size),
            new XAttribute("height", Size),
            new XAttribute("patternUnits", "userSpaceOnUse"),
            new XElement(svg + "rect", new XAttribute("width", Size), new XAttribute("height", Size), new XAttribute("fill", colour)));
        switch (category)
        {
            case 1:
                pattern.Add(Line(svg, "M0,8 L8,0 M-2,2 L2,-2 M6,10 L10,6", "#ffffff", 2));
                break;
            case 2:
                pattern.Add(Line(svg, "M0,4 L8,4 M4,0 L4,8", "#ffffff", 1.5));
                break;
            case 3:
                pattern.Add(new XElement(svg + "circle", new XAttribute("cx", 4), new XAttribute("cy", 4), new XAttribute("r", 1.5), new XAttribute("fill", Outline)));
                break;
        }
        return pattern;
    }

    private static XElement Line(XNamespace svg, string path, string colour, double width) =>
        new(svg + "path", new XAttribute("d", path), new XAttribute("stroke", colour), new XAttribute("stroke-width", width));
}
