namespace SendSite.Site.Views;

/// <summary>The model of areas.liquid: the A to Z of areas, then the same areas grouped by region.</summary>
public sealed record AreasPageView(IReadOnlyList<RegionView> Regions, IReadOnlyList<LinkView> Letters, int AreaCount)
{
    /// <summary>Every area under its first letter: the list without JavaScript is truly alphabetical.</summary>
    public IReadOnlyList<LetterGroupView> Alphabet { get; init; } = [];
}
