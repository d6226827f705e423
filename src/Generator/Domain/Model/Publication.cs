using SendSite.Domain.Content;

namespace SendSite.Domain.Model;

/// <summary>
/// The one rule of what may appear anywhere in the output: approved, and past its embargo at the build's
/// clock. Every page, feed, data file, search index and sitemap reads the model, which holds only what passes.
/// </summary>
public static class Publication
{
    public static bool IsPublished(Report report, DateTimeOffset now) => report.Approved && report.Published <= now;

    public static bool IsPublished(ThematicReport report, DateTimeOffset now) => report.Approved && report.Published <= now;

    /// <summary>A 2016-2022 inspection from Ofsted's statistics: public from its publication date (the data has no embargo or approval of its own).</summary>
    public static bool IsPublished(EarlierInspection inspection, DateTimeOffset now) =>
        inspection.Published <= DateOnly.FromDateTime(now.UtcDateTime);

    /// <summary>A revisit's finding is shown only once its letter is published.</summary>
    public static bool IsPublished(EarlierRevisit revisit, DateTimeOffset now) =>
        revisit.Published is { } published && published <= DateOnly.FromDateTime(now.UtcDateTime);

    public static bool IsPublished(Plan plan, DateTimeOffset now) =>
        plan.Approved && plan.Published <= DateOnly.FromDateTime(now.UtcDateTime);
}
