using SendSite.Ownership;

namespace SendSite.Authoring.FromIssue;

/// <summary>Where the issue form belongs for an input folder: beside CODEOWNERS, in the same repository.</summary>
public sealed record PlanFormLocation(string FilePath, bool IsInRepository)
{
    public static PlanFormLocation For(string inputFolder)
    {
        var repository = CodeOwnersLocation.For(inputFolder);
        return new PlanFormLocation(Path.Combine(repository.RepositoryRoot, PlanFormYaml.RelativePath), repository.IsInRepository);
    }

    /// <summary>The file's path as diagnostics name it: relative to the input folder.</summary>
    public static string FromInput => "../" + PlanFormYaml.RelativePath;
}
