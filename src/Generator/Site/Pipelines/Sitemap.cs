using System.Text;
using System.Xml;
using SendSite.Engine;
using SendSite.Rendering.Urls;
using SendSite.Site.Session;

namespace SendSite.Site.Pipelines;

/// <summary>
/// sitemap.xml of every page people should find (not redirects, not the 404 page), and robots.txt pointing
/// to it. Built from the other pipelines' pages, so it can only list what was really published.
/// </summary>
public sealed class Sitemap : IPipeline<BuildContext>
{
    public string Name => nameof(Sitemap);

    public IReadOnlyList<string> Dependencies =>
        [nameof(HomePage), nameof(AreaIndex), nameof(AreaPages), nameof(ReportPages), nameof(PlanPages), nameof(ContentPages), nameof(Outcomes), nameof(OpenData), nameof(SiteMapPage), nameof(ThematicReports)];

    public IReadOnlyList<Document> Process(BuildContext context, PipelineOutputs dependencies)
    {
        var sitemapUrl = context.CanonicalUrl("/sitemap.xml");
        return
        [
            Document.Deferred("sitemap.xml", () => Xml(context, dependencies)),
            Document.FromText("robots.txt", $"User-agent: *\nAllow: /\nSitemap: {sitemapUrl}\n"),
        ];
    }

    /// <summary>Made when it is written, from the other pipelines' destinations (their pages need not be made first).</summary>
    private string Xml(BuildContext context, PipelineOutputs dependencies)
    {
        var urls = Dependencies.SelectMany(dependencies.Of)
            .Where(d => d.Destination.EndsWith("index.html", StringComparison.Ordinal))
            .Select(d => context.CanonicalUrl("/" + d.Destination[..^"index.html".Length]))
            .Order(StringComparer.Ordinal);
        var xml = new StringBuilder();
        using (var writer = XmlWriter.Create(xml, new XmlWriterSettings { Indent = true, OmitXmlDeclaration = false }))
        {
            writer.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            foreach (var url in urls)
            {
                writer.WriteStartElement("url");
                writer.WriteElementString("loc", url);
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
        }
        return xml.ToString().Replace("utf-16", "utf-8", StringComparison.Ordinal) + "\n";
    }
}
