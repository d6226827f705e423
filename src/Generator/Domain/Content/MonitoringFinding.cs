namespace SendSite.Domain.Content;

/// <summary>A monitoring inspection's finding on one area for priority action.</summary>
public sealed record MonitoringFinding(int PriorityAction, bool Effective, string Summary);
