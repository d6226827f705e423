namespace SendSite.Views;

/// <summary>The model of areas.liquid: the A to Z of areas grouped by region.</summary>
public sealed record AreasPageView(IReadOnlyList<RegionView> Regions, IReadOnlyList<LinkView> Letters, int AreaCount);
