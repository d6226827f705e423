using SendSite.Domain.Content;
using SendSite.Rendering.Markdown;

namespace SendSite.Site.Views;

/// <summary>
/// The section of a report on how the local authority commissions and oversees alternative provision. Its
/// heading keeps whatever words the report uses, but its id becomes <see cref="Anchor"/> on every report,
/// so "#alternative-provision" links to it everywhere, and the page carries a search filter for the topic.
/// </summary>
public static class AlternativeProvision
{
    public const string Anchor = Report.AlternativeProvisionAnchor;

    public const string TopicFilter = "topic:Alternative provision";

    public static MarkedBody Mark(Report report, RenderedMarkdown body)
    {
        var id = report.AlternativeProvisionSection;
        if (id is null || !body.Headings.Any(h => h.Id == id))
        {
            return new MarkedBody(body.Html, body.Headings, false);
        }
        // Heading ids are generated, unique, and raw HTML never reaches the body, so the attribute is the heading's.
        var html = id == Anchor ? body.Html : body.Html.Replace($"id=\"{id}\"", $"id=\"{Anchor}\"", StringComparison.Ordinal);
        var headings = body.Headings.Select(h => h.Id == id ? h with { Id = Anchor } : h).ToList();
        return new MarkedBody(html, headings, true);
    }
}
