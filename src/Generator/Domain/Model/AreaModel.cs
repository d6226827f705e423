using SendSite.Domain.Calendar;
using SendSite.Domain.Content;

namespace SendSite.Domain.Model;

/// <summary>
/// An area with what is published about it and the facts derived from that. Lists are newest first.
/// </summary>
public sealed record AreaModel(
    Area Area,
    IReadOnlyList<Report> Reports,
    IReadOnlyList<Plan> Plans,
    Report? LatestFull,
    IReadOnlyList<Report> MonitoringOfLatestFull,
    Plan? LatestStrategicPlan,
    PlanRequirement? PriorityActionPlan,
    NextInspectionGuidance? NextInspection)
{
    public InspectionOutcome? CurrentOutcome => LatestFull?.Outcome;

    /// <summary>Its inspections under the 2016-2022 framework, or its predecessor's, oldest first: history, never an outcome.</summary>
    public IReadOnlyList<EarlierInspectionModel> EarlierInspections { get; init; } = [];

    /// <summary>The area's own page on Ofsted's website, when Ofsted's statistics give it.</summary>
    public Uri? OfstedPage { get; init; }

    /// <summary>
    /// Former names this area shares with another: an area it was part of before a split (Cumbria, for Cumberland
    /// and for Westmorland and Furness), which it was never simply called.
    /// </summary>
    public IReadOnlySet<string> SplitFrom { get; init; } = new HashSet<string>();
}
