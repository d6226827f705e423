namespace SendSite.Site.Views;

/// <summary>One row of a report page's inspection team table.</summary>
public sealed record TeamMemberView(string Name, string Role, string Discipline, string Inspectorate);
