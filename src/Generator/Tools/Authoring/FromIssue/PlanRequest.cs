using SendSite.Domain.Content;

namespace SendSite.Tools.Authoring.FromIssue;

/// <summary>What an issue asks for once every field has been read and checked on its own.</summary>
public sealed record PlanRequest(Area Area, string Kind, Report Report, DateOnly Published, PlanWords Words);
