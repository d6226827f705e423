namespace SendSite.Site.Views;

/// <summary>
/// An inspection of the same area published after the one on the page, with what it found: its outcome, or
/// for a monitoring inspection its findings in a few words. So a report read through a shared link tells
/// what happened next (issue 16).
/// </summary>
public sealed record LaterInspectionView(ReportSummaryView Report, string? FindingsText);
