namespace SendSite.Domain.Content;

/// <summary>One member of an inspection team, as the report lists them.</summary>
public sealed record TeamMember(string? Name, bool IsLead, InspectionDiscipline Discipline, Inspectorate Inspectorate);
