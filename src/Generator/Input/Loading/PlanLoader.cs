using SendSite.Domain.Content;

namespace SendSite.Input.Loading;

/// <summary>Maps a plan file that passed its schema to a <see cref="Plan"/>.</summary>
public static class PlanLoader
{
    public static Plan Map(ParsedFile file, string id)
    {
        var f = file.Fields;
        return new Plan(
            id,
            f.RequiredText("area"),
            f.RequiredText("kind") == "strategic-plan" ? PlanKind.StrategicPlan : PlanKind.PriorityActionPlan,
            f.RequiredText("title"),
            f.Text("summary"),
            f.RequiredText("responds_to"),
            f.Date("submitted"),
            f.Date("published")!.Value,
            f.RequiredText("status") == "approved",
            ReportLoader.ChangeNotes(f),
            file.Body!,
            file.Source)
        {
            FormerArea = f.Text("former_area"),
            BodyPlaceholders = PlanPlaceholders.InBody(file.BodyText.Span, file.RelativePath, file.Body!.FirstLine),
        };
    }
}
