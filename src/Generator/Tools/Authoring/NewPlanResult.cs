namespace SendSite.Tools.Authoring;

/// <summary>What `new plan` did: the file it created (relative to the input folder), or why it created nothing.</summary>
public sealed record NewPlanResult(bool Created, string? RelativePath, string Message)
{
    public static NewPlanResult Refused(string why) => new(false, null, why);
}
