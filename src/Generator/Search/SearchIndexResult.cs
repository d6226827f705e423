namespace SendSite.Search;

/// <summary>What indexing did: the pages Pagefind indexed, or why it could not run.</summary>
public sealed record SearchIndexResult(bool Success, int IndexedPages, string? Failure)
{
    public static SearchIndexResult Indexed(int pages) => new(true, pages, null);

    public static SearchIndexResult Failed(string reason) => new(false, 0, reason);
}
