using SendSite.Content;

namespace SendSite.Model;

/// <summary>
/// The one rule of what may appear anywhere in the output: approved, and past its embargo at the build's
/// clock. Every page, feed, data file, search index and sitemap reads the model, which holds only what passes.
/// </summary>
public static class Publication
{
    public static bool IsPublished(Report report, DateTimeOffset now) => report.Approved && report.Published <= now;

    public static bool IsPublished(ThematicReport report, DateTimeOffset now) => report.Approved && report.Published <= now;

    public static bool IsPublished(Plan plan, DateTimeOffset now) =>
        plan.Approved && plan.Published <= DateOnly.FromDateTime(now.UtcDateTime);
}
