namespace SendSite.Rendering.Charts;

/// <summary>
/// One kind of segment of a chart: its words and the id of its SVG pattern. The pattern differs in shape as
/// well as colour (solid, stripes, cross-hatching, dots), so the chart never relies on colour alone.
/// </summary>
public sealed record ChartCategoryView(string Label, string PatternId);
