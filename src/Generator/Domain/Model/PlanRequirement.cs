using SendSite.Domain.Calendar;
using SendSite.Domain.Content;

namespace SendSite.Domain.Model;

/// <summary>A priority action plan an area owes after a report, its deadlines, and where it stands today.</summary>
public sealed record PlanRequirement(Report Report, DateOnly SubmitBy, DateOnly PublishBy, Plan? Plan, PlanStatus Status);
