using System.Globalization;
using System.Text.RegularExpressions;
using SendSite.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace SendSite.Tests.Data;

/// <summary>
/// Parents find their area through this registry, so its shape is checked here: a missing field, a duplicate
/// code, a mistyped region or ICB, a lost spelling of a name or a redirect to nowhere fails the build.
/// The numbers are those documented in the file's header comment.
/// </summary>
public partial class EnglandLocalAreasTests
{
    private const string AreasKey = "areas";
    private const string AbolishedKey = "abolished";
    private const string SlugKey = "slug";
    private const string NameKey = "name";
    private const string OfficialNameKey = "official_name";
    private const string CodeKey = "code";
    private const string RegionKey = "region";
    private const string CouncilKey = "council";
    private const string IcbKey = "icb";
    private const string AliasesKey = "aliases";
    private const string FormerNamesKey = "former_names";
    private const string DistrictsKey = "districts";
    private const string CountyCodePrefix = "E10";
    private const int CountyDistricts = 164;
    private const string UntilKey = "until";
    private const string SuccessorsKey = "successors";

    private const string DateFormat = "yyyy-MM-dd";
    private const string LondonRegion = "London";
    private const string LondonCodePrefix = "E09";
    private const int CodePrefixLength = 3;

    private const int UpperTierAuthorities = 153;
    private const int IntegratedCareBoards = 36;

    private static readonly string[] RequiredAreaFields = [SlugKey, NameKey, CodeKey, RegionKey, CouncilKey, IcbKey];

    /// <summary>The area fields of areas.schema.json except owners, which each site keeps in its own input.</summary>
    private static readonly HashSet<string> AllowedAreaFields =
        [SlugKey, NameKey, OfficialNameKey, CodeKey, RegionKey, CouncilKey, IcbKey, AliasesKey, FormerNamesKey, DistrictsKey];

    private static readonly string[] AbolishedFields = [SlugKey, NameKey, CodeKey, UntilKey];

    private static readonly HashSet<string> OfstedRegions =
    [
        "North West",
        "North East, Yorkshire and the Humber",
        "East Midlands",
        "West Midlands",
        "East of England",
        LondonRegion,
        "South East",
        "South West",
    ];

    private static readonly string RegistryPath = RepositoryRoot.Combine("src", "Generator", "Data", "england-local-areas.yml");

    private static readonly YamlMappingNode Root = Load();

    private static readonly IReadOnlyList<YamlMappingNode> Areas = Entries(Root, AreasKey);

    private static readonly IReadOnlyList<YamlMappingNode> Abolished = Entries(Root, AbolishedKey);

    private static readonly HashSet<string> CurrentSlugs = Areas.Select(area => Scalar(area, SlugKey) ?? "").ToHashSet();

    [Fact]
    public void Every_area_has_the_required_fields()
    {
        var missing = Areas
            .SelectMany((area, index) => RequiredAreaFields
                .Where(field => string.IsNullOrWhiteSpace(Scalar(area, field)))
                .Select(field => $"area #{index + 1} ({Scalar(area, SlugKey)}): {field}"))
            .ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void Areas_use_only_the_schema_fields_and_carry_no_owners()
    {
        var unexpected = Areas
            .SelectMany(area => area.Children.Keys
                .Select(key => ((YamlScalarNode)key).Value ?? "")
                .Where(key => !AllowedAreaFields.Contains(key))
                .Select(key => $"{Scalar(area, SlugKey)}: {key}"))
            .ToList();

        Assert.Empty(unexpected);
    }

    [Fact]
    public void Every_county_and_only_a_county_lists_its_districts_and_together_they_are_all_164()
    {
        var districts = Areas.ToDictionary(
            area => Scalar(area, SlugKey) ?? "",
            area => Child(area, DistrictsKey) is YamlSequenceNode list ? list.Children.Select(d => ((YamlScalarNode)d).Value ?? "").ToList() : []);
        var counties = Areas.Where(area => Scalar(area, CodeKey)?.StartsWith(CountyCodePrefix, StringComparison.Ordinal) == true)
            .Select(area => Scalar(area, SlugKey) ?? "").ToHashSet();

        Assert.DoesNotContain(counties, county => districts[county].Count == 0);
        Assert.Empty(districts.Where(pair => pair.Value.Count > 0 && !counties.Contains(pair.Key)).Select(pair => pair.Key));
        var all = districts.Values.SelectMany(names => names).ToList();
        Assert.Equal(CountyDistricts, all.Count);
        Assert.Empty(Duplicates(all));
        // A district never shares a name with an upper-tier area: typing it must mean its county.
        var areaNames = Areas.Select(area => Scalar(area, NameKey)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        Assert.DoesNotContain(all, areaNames.Contains);
    }

    [Fact]
    public void Has_one_entry_per_upper_tier_authority()
    {
        Assert.Equal(UpperTierAuthorities, Areas.Count);
    }

    [Theory]
    [InlineData("E08", 36)] // metropolitan districts
    [InlineData("E09", 33)] // 32 London boroughs and the City of London
    [InlineData("E06", 63)] // 62 unitary authorities and the Isles of Scilly
    [InlineData("E10", 21)] // counties with a county council
    public void Has_the_documented_number_of_each_kind_of_authority(string codePrefix, int count)
    {
        Assert.Equal(count, Areas.Count(area => Scalar(area, CodeKey)?.StartsWith(codePrefix, StringComparison.Ordinal) == true));
    }

    [Fact]
    public void Codes_are_current_ons_codes_of_upper_tier_authorities()
    {
        var wrong = Areas.Select(area => Scalar(area, CodeKey) ?? "").Where(code => !UpperTierCode().IsMatch(code)).ToList();

        Assert.Empty(wrong);
    }

    [Fact]
    public void Codes_are_unique()
    {
        Assert.Empty(Duplicates(Areas.Select(area => Scalar(area, CodeKey))));
    }

    [Fact]
    public void Slugs_are_lower_case_hyphenated_words()
    {
        var wrong = CurrentSlugs.Where(slug => !HyphenatedSlug().IsMatch(slug)).ToList();

        Assert.Empty(wrong);
    }

    [Fact]
    public void Slugs_are_unique()
    {
        Assert.Empty(Duplicates(Areas.Select(area => Scalar(area, SlugKey))));
    }

    [Fact]
    public void Every_region_is_one_of_ofsteds_eight_and_each_is_used()
    {
        var regions = Areas.Select(area => Scalar(area, RegionKey) ?? "").ToList();

        Assert.DoesNotContain(regions, region => !OfstedRegions.Contains(region));
        Assert.Equal(OfstedRegions.Order(StringComparer.Ordinal), regions.Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_london_region_holds_exactly_the_london_codes()
    {
        var mismatched = Areas
            .Where(area => (Scalar(area, RegionKey) == LondonRegion)
                != (Scalar(area, CodeKey)?.StartsWith(LondonCodePrefix, StringComparison.Ordinal) == true))
            .Select(area => Scalar(area, SlugKey))
            .ToList();

        Assert.Empty(mismatched);
    }

    [Theory]
    [InlineData("Bristol", "Bristol, City of")]
    [InlineData("Durham", "County Durham")]
    [InlineData("Kingston upon Hull", "Kingston upon Hull, City of")]
    [InlineData("Kingston upon Hull", "Hull")]
    [InlineData("St Helens", "St. Helens")]
    [InlineData("Herefordshire", "Herefordshire, County of")]
    [InlineData("Southend-on-Sea", "Southend")]
    [InlineData("Bournemouth, Christchurch and Poole", "BCP")]
    public void Search_finds_an_area_by_each_name_the_sources_use(string name, string variant)
    {
        var area = Assert.Single(Areas, candidate => Scalar(candidate, NameKey) == name);

        var searchable = new[] { Scalar(area, OfficialNameKey) }.Concat(Strings(area, AliasesKey));

        Assert.Contains(variant, searchable);
    }

    [Fact]
    public void Every_icb_is_named_in_full()
    {
        var wrong = Areas
            .Select(area => Scalar(area, IcbKey) ?? "")
            .Where(icb => !icb.StartsWith("NHS ", StringComparison.Ordinal)
                || !icb.EndsWith(" Integrated Care Board", StringComparison.Ordinal))
            .ToList();

        Assert.Empty(wrong);
    }

    [Fact]
    public void Names_exactly_the_current_number_of_icbs()
    {
        // A misspelt board name shows up here as one board too many.
        Assert.Equal(IntegratedCareBoards, Areas.Select(area => Scalar(area, IcbKey)).Distinct().Count());
    }

    [Fact]
    public void Former_names_are_dated_and_former_slugs_redirect_to_one_area_only()
    {
        var formerNames = Areas.SelectMany(area => Entries(area, FormerNamesKey)).ToList();
        var formerSlugs = formerNames.Select(former => Scalar(former, SlugKey)).OfType<string>().ToList();

        Assert.DoesNotContain(formerNames, former => string.IsNullOrWhiteSpace(Scalar(former, NameKey)));
        Assert.DoesNotContain(formerNames, former => !IsDate(Scalar(former, UntilKey)));
        Assert.DoesNotContain(formerSlugs, slug => !HyphenatedSlug().IsMatch(slug));
        Assert.Empty(Duplicates(formerSlugs));
        Assert.DoesNotContain(formerSlugs, CurrentSlugs.Contains);
    }

    [Fact]
    public void Every_abolished_entry_is_complete_and_no_longer_current()
    {
        var currentCodes = Areas.Select(area => Scalar(area, CodeKey)).ToHashSet();

        Assert.NotEmpty(Abolished);
        Assert.Empty(Abolished.SelectMany(entry => AbolishedFields
            .Where(field => string.IsNullOrWhiteSpace(Scalar(entry, field)))
            .Select(field => $"{Scalar(entry, SlugKey)}: {field}")));
        Assert.DoesNotContain(Abolished, entry => !AnyAuthorityCode().IsMatch(Scalar(entry, CodeKey) ?? ""));
        Assert.DoesNotContain(Abolished, entry => currentCodes.Contains(Scalar(entry, CodeKey)));
        Assert.DoesNotContain(Abolished, entry => !IsDate(Scalar(entry, UntilKey)));
        Assert.Empty(Duplicates(Abolished.Select(entry => Scalar(entry, CodeKey))));
    }

    [Fact]
    public void Every_abolished_entrys_successors_exist()
    {
        var broken = Abolished
            .SelectMany(entry => Successors(entry).DefaultIfEmpty("(none listed)")
                .Where(successor => !CurrentSlugs.Contains(successor))
                .Select(successor => $"{Scalar(entry, SlugKey)} -> {successor}"))
            .ToList();

        Assert.Empty(broken);
    }

    [Fact]
    public void An_abolished_slug_that_is_still_in_use_belongs_to_one_of_its_own_successors()
    {
        // Dorset's old county code went to the new Dorset; a slug must never point at an unrelated area.
        var clashing = Abolished
            .Where(entry => CurrentSlugs.Contains(Scalar(entry, SlugKey) ?? "")
                && !Successors(entry).Contains(Scalar(entry, SlugKey)))
            .Select(entry => Scalar(entry, SlugKey))
            .ToList();

        Assert.Empty(clashing);
    }

    [Fact]
    public void Every_former_slug_is_an_abolished_area_succeeded_by_the_area_that_lists_it()
    {
        var unmatched = Areas
            .SelectMany(area => Entries(area, FormerNamesKey)
                .Select(former => Scalar(former, SlugKey))
                .OfType<string>()
                .Where(formerSlug => !Abolished.Any(entry => Scalar(entry, SlugKey) == formerSlug
                    && Successors(entry).Contains(Scalar(area, SlugKey))))
                .Select(formerSlug => $"{Scalar(area, SlugKey)}: {formerSlug}"))
            .ToList();

        Assert.Empty(unmatched);
    }

    [Fact]
    public void A_split_areas_name_is_a_former_name_of_every_successor_and_its_slug_of_none()
    {
        var problems = Abolished
            .Where(entry => Successors(entry).Count > 1 && !CurrentSlugs.Contains(Scalar(entry, SlugKey) ?? ""))
            .SelectMany(entry => Successors(entry)
                .Select(successor => Areas.Single(area => Scalar(area, SlugKey) == successor))
                .Where(successor => !Entries(successor, FormerNamesKey).Any(former =>
                    Scalar(former, NameKey) == Scalar(entry, NameKey) && Scalar(former, SlugKey) is null))
                .Select(successor => $"{Scalar(entry, SlugKey)} -> {Scalar(successor, SlugKey)}"))
            .ToList();

        Assert.Empty(problems);
    }

    private static YamlMappingNode Load()
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(RegistryPath);
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static YamlNode? Child(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static string? Scalar(YamlMappingNode node, string key) => (Child(node, key) as YamlScalarNode)?.Value;

    private static IReadOnlyList<YamlMappingNode> Entries(YamlMappingNode node, string key) =>
        Child(node, key) is YamlSequenceNode sequence ? sequence.Children.OfType<YamlMappingNode>().ToList() : [];

    private static IReadOnlyList<string> Strings(YamlMappingNode node, string key) =>
        Child(node, key) is YamlSequenceNode sequence
            ? sequence.Children.OfType<YamlScalarNode>().Select(item => item.Value ?? "").ToList()
            : [];

    private static IReadOnlyList<string> Successors(YamlMappingNode abolishedEntry) => Strings(abolishedEntry, SuccessorsKey);

    private static bool IsDate(string? value) =>
        DateOnly.TryParseExact(value, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    private static List<string?> Duplicates(IEnumerable<string?> values) =>
        values.GroupBy(value => value).Where(group => group.Count() > 1).Select(group => group.Key).ToList();

    [GeneratedRegex(@"^E(06|08|09|10)\d{6}$")]
    private static partial Regex UpperTierCode();

    [GeneratedRegex(@"^E\d{8}$")]
    private static partial Regex AnyAuthorityCode();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex HyphenatedSlug();
}
