namespace SendSite.Gate;

/// <summary>
/// What the gate scans and where it writes its report. <see cref="OnlyPages"/> is the pull-request mode: those
/// site-relative pages plus one page of each template, so a change is checked quickly without the whole site.
/// </summary>
public sealed record GateOptions(string SiteDirectory, string ReportDirectory)
{
    /// <summary>
    /// How many pages are scanned at once, each in its own browser context of one shared browser: one per core, as
    /// more only queue for the same cores (docs/performance.md measures 2 against 4 on 2 cores).
    /// </summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Site-relative paths (forward slashes, e.g. <c>areas/leeds/index.html</c>); null scans every page.</summary>
    public IReadOnlyCollection<string>? OnlyPages { get; init; }

    /// <summary>
    /// The pull-request mode by comparison: an earlier build of the same site (the base branch's). Only pages
    /// that are new or differ from it byte for byte (or load a file that does) are scanned; the site-wide link
    /// check still covers every page. Null scans every page.
    /// </summary>
    public string? ChangedFrom { get; init; }

    /// <summary>The reviewed exceptions file; null looks for themes/default/gate-exceptions.yml above the current directory.</summary>
    public string? ExceptionsFile { get; init; }

    /// <summary>
    /// The path the site is published under (e.g. <c>/send-inspections/</c>). Pages that must link from the
    /// site's root, such as the 404 page, use it; the gate serves and checks such links as if at the root.
    /// </summary>
    public string BasePath { get; init; } = "/";

    /// <summary>
    /// Where results are kept between runs (<see cref="GateCache"/>), so a page with the same bytes, loading the
    /// same files, is not opened again; null keeps nothing.
    /// </summary>
    public string? CacheDirectory { get; init; }

    /// <summary>
    /// A folder of the site still being written while the gate starts (the build's search index, made alongside the
    /// gate so neither waits for the other), and the task that ends when it is written. Pages inside it are taken
    /// from the cache or opened only after that; every other page goes ahead. Null when the site is complete.
    /// </summary>
    public StillWriting? StillWriting { get; init; }
}
