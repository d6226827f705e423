namespace SendSite.Site.Search;

/// <summary>
/// What indexing did: the pages Pagefind indexed, in how many shards and how many of those were copied from the
/// previous build instead of indexed again; or why it could not run.
/// </summary>
public sealed record SearchIndexResult(bool Success, int IndexedPages, string? Failure, int Shards = 0, int ReusedShards = 0)
{
    public static SearchIndexResult Indexed(int pages) => new(true, pages, null);

    public static SearchIndexResult Indexed(int pages, int shards, int reused) => new(true, pages, null, shards, reused);

    public static SearchIndexResult Failed(string reason) => new(false, 0, reason);
}
