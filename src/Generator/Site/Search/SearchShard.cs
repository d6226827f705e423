namespace SendSite.Site.Search;

/// <summary>
/// One part of the search index: the report and plan pages of whole areas, indexed by one run of Pagefind into
/// a bundle of its own. The search page merges every shard's bundle, so one query searches them all.
/// </summary>
/// <param name="Number">1 for the first shard, whose bundle is the one the search page loads; then 2, 3 and so on.</param>
/// <param name="AreaSlugs">The areas whose pages this shard indexes, in ordinal order.</param>
/// <param name="Pages">How many report and plan pages those areas have.</param>
public sealed record SearchShard(int Number, IReadOnlyList<string> AreaSlugs, int Pages)
{
    /// <summary>Where Pagefind writes this shard, relative to the site root (its --output-subdir).</summary>
    public string BundleFolder => SearchIndexLayout.ShardBundleFolder(Number);

    /// <summary>Whether this shard also indexes the national thematic reports: the first does, as they belong to no area.</summary>
    public bool HasThematicReports => Number == 1;

    /// <summary>
    /// The pages Pagefind reads for this shard: the indexed pages' glob narrowed to this shard's areas (their pages,
    /// reports and plans), and for the first the national reports. Area slugs are lower-case letters, digits and
    /// hyphens, so none can change the glob's meaning.
    /// </summary>
    public string Glob
    {
        get
        {
            var areas = AreaSlugs.Count == 0 ? null : $"areas/{{{string.Join(',', AreaSlugs)}}}/{{index.html,{{reports,plans}}/*/index.html}}";
            const string Thematic = "thematic/*/index.html";
            return (areas, HasThematicReports) switch
            {
                (null, _) => Thematic,
                (_, false) => areas,
                _ => $"{{{areas},{Thematic}}}",
            };
        }
    }
}
