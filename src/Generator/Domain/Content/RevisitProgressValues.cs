namespace SendSite.Domain.Content;

/// <summary>How a <see cref="RevisitProgress"/> is written in earlier-inspections.yml and the open data: all, some, none.</summary>
public static class RevisitProgressValues
{
    public static string Value(RevisitProgress progress) => progress switch
    {
        RevisitProgress.All => "all",
        RevisitProgress.Some => "some",
        _ => "none",
    };

    public static RevisitProgress? Parse(string? value) => value switch
    {
        "all" => RevisitProgress.All,
        "some" => RevisitProgress.Some,
        "none" => RevisitProgress.None,
        _ => null,
    };
}
