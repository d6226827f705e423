using SendSite.Domain.Content;

namespace SendSite.Input.Loading;

/// <summary>Maps a content page file that passed its schema to a <see cref="ContentPage"/>.</summary>
public static class PageLoader
{
    public static ContentPage Map(ParsedFile file, string slug)
    {
        var f = file.Fields;
        return new ContentPage(slug, f.RequiredText("title"), f.Text("description"), f.Flag("footer"), f.Number("order") ?? 0, file.Body!, file.Source)
        {
            ShowsRepositoryLinks = f.Flag("repository_links"),
        };
    }
}
