using System.Xml.Linq;
using SendSite.Rendering.Charts;
using SendSite.Site.Views;

namespace SendSite.Tests.Rendering.Charts;

/// <summary>The SVG chart: one accessible image, a labelled segment per non-zero count, sized for a 320px screen.</summary>
public sealed class StackedBarChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly ChartCategoryView[] Categories = [new("Good", ChartPatterns.Id(0)), new("Bad", ChartPatterns.Id(1)), new("None", ChartPatterns.Id(3))];

    private static XElement Draw(params RegionOutcomesView[] rows) =>
        XElement.Parse(StackedBarChart.Draw("c", "Chart title", "Chart description", Categories, rows));

    [Fact]
    public void The_chart_is_one_image_named_by_its_title_and_described_by_its_desc()
    {
        var svg = Draw(new RegionOutcomesView("North", [1, 2, 0], 3));

        Assert.Equal("img", (string?)svg.Attribute("role"));
        Assert.Equal("c-title", (string?)svg.Attribute("aria-labelledby"));
        Assert.Equal("c-desc", (string?)svg.Attribute("aria-describedby"));
        Assert.Equal("Chart title", svg.Element(Svg + "title")!.Value);
        Assert.Equal("c-title", (string?)svg.Element(Svg + "title")!.Attribute("id"));
        Assert.Equal("Chart description", svg.Element(Svg + "desc")!.Value);
        Assert.StartsWith($"0 0 {StackedBarChart.Width} ", (string?)svg.Attribute("viewBox"), StringComparison.Ordinal);
    }

    [Fact]
    public void Each_non_zero_count_is_a_patterned_segment_with_its_number_written_on_it()
    {
        var svg = Draw(new RegionOutcomesView("North", [1, 2, 0], 3), new RegionOutcomesView("South", [0, 0, 4], 4));

        var segments = svg.Descendants(Svg + "g").Where(g => g.Attribute("data-count") is not null).ToList();
        Assert.Equal([("Good", "1"), ("Bad", "2"), ("None", "4")], segments.Select(s => ((string)s.Attribute("data-category")!, (string)s.Attribute("data-count")!)));
        Assert.Equal(["1", "2", "4"], segments.Select(s => s.Element(Svg + "text")!.Value));
        Assert.Equal(["url(#app-chart-fill-1)", "url(#app-chart-fill-2)", "url(#app-chart-fill-4)"], segments.Select(s => (string)s.Element(Svg + "rect")!.Attribute("fill")!));
        Assert.Equal(ChartPatterns.Count, svg.Descendants(Svg + "pattern").Count());
    }

    [Fact]
    public void Bars_share_one_scale_so_the_largest_region_fills_the_width()
    {
        var svg = Draw(new RegionOutcomesView("North", [2, 0, 0], 2), new RegionOutcomesView("South", [1, 0, 0], 1));

        var widths = svg.Descendants(Svg + "g").Where(g => g.Attribute("data-count") is not null)
            .Select(g => double.Parse((string)g.Element(Svg + "rect")!.Attribute("width")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.InRange(widths[0], StackedBarChart.Width - 4, StackedBarChart.Width);
        Assert.InRange(widths[1], StackedBarChart.Width / 2 - 4, StackedBarChart.Width / 2);
    }

    [Fact]
    public void A_long_region_name_wraps_instead_of_running_off_the_chart()
    {
        var svg = Draw(new RegionOutcomesView("North East, Yorkshire and the Humber", [1, 1, 0], 2));

        var lines = svg.Descendants(Svg + "tspan").Select(t => t.Value).ToList();
        Assert.Equal(["North East, Yorkshire and the", "Humber (2 areas)"], lines);
    }

    [Fact]
    public void Region_names_are_escaped_as_xml()
    {
        var text = StackedBarChart.Draw("c", "T", "D", Categories, [new RegionOutcomesView("<script>x</script>", [1, 0, 0], 1)]);

        Assert.DoesNotContain("<script>", text, StringComparison.Ordinal);
    }
}
