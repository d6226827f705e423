using SendSite.Domain.Content;

namespace SendSite.Site.Views;

/// <summary>
/// How an inspection team is described: on the report page one row per inspector, and in the open data one
/// summary such as "Ofsted: education 2, social care 1; CQC: health 1" (inspectorates and disciplines in a
/// fixed order, so the same team always reads the same).
/// </summary>
public static class TeamWording
{
    public static string Inspectorate(Inspectorate inspectorate) => inspectorate == SendSite.Domain.Content.Inspectorate.Cqc ? "CQC" : "Ofsted";

    public static string Discipline(InspectionDiscipline discipline) => discipline switch
    {
        InspectionDiscipline.Education => "education",
        InspectionDiscipline.Health => "health",
        _ => "social care",
    };

    // Inspectors the report does not name get no row: a row of "Not named" tells a reader nothing (issue 16).
    // The open data's summary still counts them.
    public static IReadOnlyList<TeamMemberView> Members(Report report) =>
        [.. report.Team.Where(m => m.Name is not null).Select(m => new TeamMemberView(
            m.Name!,
            m.IsLead ? "Lead inspector" : "Inspector",
            Discipline(m.Discipline),
            m.Inspectorate == SendSite.Domain.Content.Inspectorate.Cqc ? "Care Quality Commission (CQC)" : "Ofsted"))];

    /// <summary>
    /// The inspectors the report does not name, in one sentence under the table, or null when it names them all:
    /// "The team also had 2 inspectors the report does not name (Ofsted: social care 1; CQC: health 1)."
    /// </summary>
    public static string? Unnamed(Report report)
    {
        var unnamed = report.Team.Where(m => m.Name is null).ToList();
        return unnamed.Count switch
        {
            0 => null,
            1 => $"The team also had 1 inspector the report does not name ({Summary(unnamed)}).",
            _ => $"The team also had {unnamed.Count} inspectors the report does not name ({Summary(unnamed)}).",
        };
    }

    public static string Summary(IReadOnlyList<TeamMember> team) => string.Join("; ",
        team.GroupBy(m => m.Inspectorate)
            .OrderBy(g => g.Key)
            .Select(g => Inspectorate(g.Key) + ": " + string.Join(", ",
                g.GroupBy(m => m.Discipline).OrderBy(d => d.Key).Select(d => $"{Discipline(d.Key)} {d.Count()}"))));
}
