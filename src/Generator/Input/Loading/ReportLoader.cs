using SendSite.Domain.Content;

namespace SendSite.Input.Loading;

/// <summary>Maps a report file that passed its schema to a <see cref="Report"/>.</summary>
public static class ReportLoader
{
    public static Report Map(ParsedFile file, string id)
    {
        var f = file.Fields;
        return new Report(
            id,
            f.RequiredText("area"),
            f.RequiredText("kind") == "full-inspection" ? InspectionKind.Full : InspectionKind.Monitoring,
            f.Text("title"),
            f.Date("inspection_start")!.Value,
            f.Date("inspection_end"),
            f.Instant("published")!.Value,
            f.RequiredText("status") == "approved",
            f.Text("outcome") is { } outcome ? OutcomeStatements.FromSlug(outcome) : null,
            f.Text("follows"),
            f.TextList("areas_for_improvement"),
            [.. f.MappingList("areas_for_priority_action").Select(p => new PriorityAction(p.Number("number")!.Value, p.TextList("responsible"), p.RequiredText("text")))],
            [.. f.MappingList("findings").Select(p => new MonitoringFinding(p.Number("priority_action")!.Value, p.RequiredText("progress") == "effective", p.RequiredText("summary")))],
            f.Text("pdf") is { } pdf ? new Uri(pdf) : null,
            ChangeNotes(f),
            file.Body!,
            file.Source)
        {
            FormerArea = f.Text("former_area"),
            FromOfstedData = f.Text("source") == "ofsted-mi",
            OfficialReport = f.Text("official_report") is { } official ? new Uri(official) : null,
            PriorityActionCount = f.Number("priority_action_count"),
            Team = [.. f.MappingList("team").Select(TeamMember)],
            AlternativeProvisionSection = f.Text("alternative_provision_section"),
        };
    }

    private static TeamMember TeamMember(YamlFields member) => new(
        member.Text("name"),
        member.RequiredText("role") == "lead-inspector",
        member.RequiredText("discipline") switch
        {
            "education" => InspectionDiscipline.Education,
            "health" => InspectionDiscipline.Health,
            _ => InspectionDiscipline.SocialCare,
        },
        member.RequiredText("inspectorate") == "cqc" ? Inspectorate.Cqc : Inspectorate.Ofsted);

    public static IReadOnlyList<ChangeNote> ChangeNotes(YamlFields fields) =>
        [.. fields.MappingList("change_notes").Select(n => new ChangeNote(n.Date("date")!.Value, n.RequiredText("note")))];
}
