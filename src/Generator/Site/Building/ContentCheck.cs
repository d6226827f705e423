using SendSite.Diagnostics;
using SendSite.Engine;
using SendSite.Input.Loading;
using SendSite.Site.Session;

namespace SendSite.Site.Building;

/// <summary>
/// What `validate` does: loads input/ and runs every rule on it, every Markdown body included. Drafts and embargoed
/// reports are checked too, so their problems surface before publication.
/// </summary>
public static class ContentCheck
{
    /// <summary>Every rule on every file; the problems go to <paramref name="diagnostics"/>. Null when site.yml cannot be used.</summary>
    /// <param name="now">The moment publication is judged at: a body may link only to files published then, as in a build at that --now.</param>
    public static CheckedContent? Run(InputPaths input, DiagnosticBag diagnostics, DateTimeOffset now, StageTimings? timings = null)
    {
        var session = SiteSession.Load(input, BodyMode.Streamed, now, timings);
        session.CheckAllBodies(timings);
        diagnostics.AddRange(session.Diagnostics);
        return session.Content is { } content ? new CheckedContent(content) { Manifest = session.Manifest } : null;
    }
}
