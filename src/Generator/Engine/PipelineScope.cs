namespace SendSite.Engine;

/// <summary>What a pipeline's documents depend on, so a partial rebuild knows what it must redo.</summary>
public enum PipelineScope
{
    /// <summary>Reads the whole site (home, lists, feeds, data, redirects, sitemaps): redone after any change.</summary>
    SiteWide,

    /// <summary>Every document belongs to one area and lives under /areas/&lt;slug&gt;/: redone for the areas that changed.</summary>
    PerArea,

    /// <summary>Depends on the theme and node_modules alone: kept until they change.</summary>
    Static,
}
