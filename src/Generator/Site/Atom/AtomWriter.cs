using System.Globalization;
using System.Text;
using System.Xml;
using SendSite.Site.Session;

namespace SendSite.Site.Atom;

/// <summary>
/// Writes an <see cref="AtomFeed"/> as Atom 1.0 (RFC 4287) with XmlWriter, so every value is escaped. Every feed
/// names <see cref="FeedStylesheet"/> in an xml-stylesheet instruction, which feed readers ignore and browsers use
/// to show the feed as a page; it sits before the root element, so the feed stays valid Atom.
/// </summary>
public static class AtomWriter
{
    public const string Namespace = "http://www.w3.org/2005/Atom";

    private const string InstantFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    /// <summary>
    /// The feed as UTF-8 text. The build's clock (--now) dates a feed only when it has no entries, because Atom
    /// requires an updated date and the newest entry's date is the only other one that keeps output stable.
    /// </summary>
    public static string Write(BuildContext context, AtomFeed feed)
    {
        var updated = feed.Entries.Count == 0 ? context.Site.Now : feed.Entries.Max(e => e.Updated);
        var stylesheet = FeedStylesheet.HrefFor(context.Site.Settings.BaseUrl, feed.SelfUrl);
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
        using (var writer = XmlWriter.Create(stream, settings))
        {
            writer.WriteStartDocument();
            writer.WriteProcessingInstruction("xml-stylesheet", $"type=\"text/xsl\" href=\"{stylesheet}\"");
            writer.WriteStartElement("feed", Namespace);
            writer.WriteAttributeString("xml", "lang", null, feed.Language);
            writer.WriteElementString("id", Namespace, feed.SelfUrl);
            writer.WriteElementString("title", Namespace, feed.Title);
            WriteLink(writer, "self", feed.SelfUrl, "application/atom+xml");
            WriteLink(writer, "alternate", feed.AlternateUrl, "text/html");
            writer.WriteElementString("updated", Namespace, Instant(updated));
            writer.WriteStartElement("author", Namespace);
            writer.WriteElementString("name", Namespace, feed.Author);
            writer.WriteEndElement();
            foreach (var entry in feed.Entries)
            {
                WriteEntry(writer, entry);
            }
            writer.WriteEndElement();
            writer.WriteEndDocument();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteEntry(XmlWriter writer, FeedEntry entry)
    {
        writer.WriteStartElement("entry", Namespace);
        writer.WriteElementString("id", Namespace, entry.Url);
        writer.WriteElementString("title", Namespace, entry.Title);
        WriteLink(writer, "alternate", entry.Url, "text/html");
        writer.WriteElementString("published", Namespace, Instant(entry.Published));
        writer.WriteElementString("updated", Namespace, Instant(entry.Updated));
        writer.WriteStartElement("summary", Namespace);
        writer.WriteAttributeString("type", "text");
        writer.WriteString(entry.Summary);
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static void WriteLink(XmlWriter writer, string relation, string href, string mediaType)
    {
        writer.WriteStartElement("link", Namespace);
        writer.WriteAttributeString("rel", relation);
        writer.WriteAttributeString("type", mediaType);
        writer.WriteAttributeString("href", href);
        writer.WriteEndElement();
    }

    private static string Instant(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString(InstantFormat, CultureInfo.InvariantCulture);
}
