using System.Text.Json;
using SendSite.Site.Building;
using SendSite.Site.Finder;
using SendSite.Tests.Finder;
using SendSite.Tests.Support;

namespace SendSite.Tests.Pipelines;

/// <summary>/areas/finder.json from the finder's fixture input, built without the gate.</summary>
public sealed class AreaFinderDataTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private sealed record Name(string Kind, string Key, string Text);

    private sealed record Entry(string AreaName, string Url, IReadOnlyList<Name> Names);

    // docs/budgets.md, "Area finder": the index every finder user downloads, at England's size.
    private const int EnglandIndexBudgetBytes = 48 * 1024;

    private async Task<string> Build(string input)
    {
        var result = await SiteGenerator.BuildAsync(new BuildOptions(input, folder.Combine("output"), Now) { RunGate = false }, TextWriter.Null);
        Assert.True(result.Success, result.Failure + string.Join("\n", result.Diagnostics));
        return File.ReadAllText(folder.Combine("output", "areas", "finder.json"));
    }

    private async Task<List<Entry>> BuildIndex(bool england = false)
    {
        using var json = JsonDocument.Parse(await Build(england ? EnglandInput.WriteTo(folder) : FinderInput.WriteTo(folder)));
        return
        [
            .. json.RootElement.GetProperty(FinderIndexJson.AreasProperty).EnumerateArray().Select(area =>
            {
                var name = area[0].GetString()!;
                var names = area[2].EnumerateArray()
                    .Select(n => new Name(n[0].GetString()!, n[1].GetString()!, n.GetArrayLength() > 2 ? n[2].GetString()! : name))
                    .ToList();
                return new Entry(name, area[1].GetString()!, names);
            }),
        ];
    }

    private static Entry Area(List<Entry> index, string name) => Assert.Single(index, e => e.AreaName == name);

    [Fact]
    public async Task Lists_every_area_once_from_A_to_Z_with_a_link_to_its_built_page()
    {
        var index = await BuildIndex();

        Assert.Equal(
            ["Bishops Averley", "Eastwold", "Fellside East", "Fellside West and Furrow", "Northby", "Southmere", "St Brannock's"],
            index.Select(e => e.AreaName));
        foreach (var entry in index)
        {
            Assert.False(entry.Url.StartsWith('/'), "URLs are relative to the site root");
            Assert.True(File.Exists(folder.Combine("output", entry.Url, "index.html")), entry.Url);
            Assert.Equal(new Name("name", FinderText.Normalise(entry.AreaName), entry.AreaName), entry.Names[0]);
        }
    }

    [Fact]
    public async Task Keys_are_the_normalised_names_and_each_key_appears_once_per_area()
    {
        var index = await BuildIndex();

        foreach (var entry in index)
        {
            Assert.All(entry.Names, n => Assert.Equal(FinderText.Normalise(n.Text), n.Key));
            Assert.Equal(entry.Names.Count, entry.Names.Select(n => n.Key).Distinct(StringComparer.Ordinal).Count());
        }
        // "St. Brannock's" is the same key as the name, so it adds nothing.
        Assert.DoesNotContain(Area(index, "St Brannock's").Names, n => n.Kind == "official");
    }

    [Fact]
    public async Task Holds_official_names_aliases_former_names_councils_and_boards()
    {
        var index = await BuildIndex();

        var southmere = Area(index, "Southmere");
        Assert.Contains(new Name("official", "southmere city of", "Southmere, City of"), southmere.Names);
        Assert.Contains(new Name("former", "old southmere", "Old Southmere"), southmere.Names);
        Assert.Contains(new Name("council", "southmere city council", "Southmere City Council"), southmere.Names);
        Assert.Contains(new Name("icb", "nhs southmere integrated care board", "NHS Southmere Integrated Care Board"), southmere.Names);
        Assert.Contains(new Name("alias", "city of northby", "City of Northby"), Area(index, "Northby").Names);
        Assert.Contains(new Name("alias", "eveque averley", "Évêque Averley"), Area(index, "Bishops Averley").Names);
    }

    [Fact]
    public async Task A_former_name_shared_by_two_areas_is_a_split_and_each_says_formerly_part_of()
    {
        var index = await BuildIndex();

        foreach (var successor in new[] { "Fellside East", "Fellside West and Furrow" })
        {
            Assert.Contains(new Name("part", "fellshire", "Fellshire"), Area(index, successor).Names);
        }
    }

    [Fact]
    public async Task At_England_size_the_official_name_variants_and_the_splits_are_indexed_within_the_budget()
    {
        var index = await BuildIndex(england: true);

        Assert.Equal(153, index.Count);
        Assert.InRange(new FileInfo(folder.Combine("output", "areas", "finder.json")).Length, 1, EnglandIndexBudgetBytes);
        Assert.Contains(new Name("official", "bristol city of", "Bristol, City of"), Area(index, "Bristol").Names);
        Assert.Contains(new Name("official", "county durham", "County Durham"), Area(index, "Durham").Names);
        Assert.Equal("st helens", Area(index, "St Helens").Names[0].Key);
        foreach (var successor in new[] { "Cumberland", "Westmorland and Furness" })
        {
            Assert.Contains(new Name("part", "cumbria", "Cumbria"), Area(index, successor).Names);
        }
        foreach (var successor in new[] { "North Northamptonshire", "West Northamptonshire" })
        {
            Assert.Contains(new Name("part", "northamptonshire", "Northamptonshire"), Area(index, successor).Names);
        }
    }

    [Fact]
    public async Task The_same_input_gives_the_same_bytes()
    {
        var first = await Build(FinderInput.WriteTo(folder));
        var second = await Build(FinderInput.WriteTo(folder));

        Assert.Equal(first, second);
    }
}
