using System.Text.Json;
using SendSite.Domain.Content;

namespace SendSite.Site.Views;

/// <summary>
/// The order the search page lists some filters' values in, where alphabetical order would mislead (issue 16):
/// outcomes from the best to the worst, as the domain orders them, and the frameworks newest first. The page's
/// script reads it from the page, so the words are written in one place, here and in the index's tags.
/// </summary>
public static class SearchFilterOrder
{
    public static string Json() => JsonSerializer.Serialize(new Dictionary<string, string[]>
    {
        ["outcome"] = [.. Enum.GetValues<InspectionOutcome>().Select(OutcomeStatements.ShortLabel)],
        ["framework"] = [SearchTagsView.CurrentFramework, SearchTagsView.EarlierFramework],
    });
}
