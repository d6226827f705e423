using SendSite.Diagnostics;
using SendSite.Input.Loading;
using SendSite.Tests.Support;
using SendSite.Tools.Import;
using SendSite.Tools.Init;

namespace SendSite.Tests.Import;

/// <summary>The spellings of England's areas that differ between Ofsted, DfE and ONS must all find the same area.</summary>
public sealed class AreaNamesTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData("Bristol, City of", "bristol")]
    [InlineData("County Durham", "durham")]
    [InlineData("St. Helens", "st helens")]
    [InlineData("Brighton & Hove", "brighton and hove")]
    [InlineData("Stoke-on-Trent", "stoke on trent")]
    [InlineData("  Herefordshire, County of ", "herefordshire")]
    [InlineData("King's Lynn", "kings lynn")]
    [InlineData("Saint Aldhelms", "st aldhelms")]
    public void Names_are_reduced_to_the_form_sources_agree_on(string name, string expected) =>
        Assert.Equal(expected, AreaNames.Normalise(name));

    [Theory]
    [InlineData("Bristol", "bristol")]
    [InlineData("Bristol, City of", "bristol")]
    [InlineData("City of Bristol", "bristol")]
    [InlineData("Durham", "durham")]
    [InlineData("County Durham", "durham")]
    [InlineData("Kingston upon Hull, City of", "kingston-upon-hull")]
    [InlineData("Kingston upon Hull", "kingston-upon-hull")]
    [InlineData("St Helens", "st-helens")]
    [InlineData("St. Helens", "st-helens")]
    [InlineData("Herefordshire, County of", "herefordshire")]
    [InlineData("Brighton & Hove", "brighton-and-hove")]
    [InlineData("Bournemouth", "bournemouth-christchurch-and-poole")]
    [InlineData("Westmorland & Furness", "westmorland-and-furness")]
    public void The_registry_finds_each_area_by_the_names_sources_use(string name, string slug)
    {
        var match = Matcher().Find(name);

        Assert.Equal(slug, match.Single?.Slug);
    }

    [Theory]
    [InlineData("Cumbria")]
    [InlineData("Northamptonshire")]
    public void A_split_county_matches_both_successors_so_import_asks_rather_than_guesses(string name) =>
        Assert.Equal(2, Matcher().Find(name).Candidates.Count);

    [Fact]
    public void Every_name_official_name_and_alias_in_the_registry_finds_only_its_own_area()
    {
        var areas = LoadRegistry();
        var matcher = new AreaNameMatcher(areas);

        var wrong = areas
            .SelectMany(a => new[] { a.Name, a.OfficialName }.Concat(a.Aliases).OfType<string>().Select(n => (Area: a, Name: n)))
            .Where(x => matcher.Find(x.Name).Single?.Slug != x.Area.Slug)
            .Select(x => $"{x.Name} ({x.Area.Slug})")
            .ToList();

        Assert.Empty(wrong);
        Assert.Equal(153, areas.Count);
    }

    private AreaNameMatcher Matcher() => new(LoadRegistry());

    private IReadOnlyList<SendSite.Domain.Content.Area> LoadRegistry()
    {
        SiteScaffolder.Write(folder.Path);
        var problems = new DiagnosticBag();
        var areas = AreaRegistryLoader.Load(new SourceFileReader(new InputPaths(folder.Path), problems));
        Assert.False(problems.HasErrors, string.Join("\n", problems.Sorted));
        return areas;
    }
}
