using SendSite.Rules.Ownership;

namespace SendSite.Rules.IssueForm;

/// <summary>Where the issue form belongs for an input folder: beside CODEOWNERS, in the same repository.</summary>
/// <see cref="IsInRepository"/> is true when the repository has the workflow that reads issues made with the form:
/// the form is needed exactly then, and a repository without that workflow (or a test's folder) has none to keep.
public sealed record PlanFormLocation(string FilePath, bool IsInRepository)
{
    public const string WorkflowPath = ".github/workflows/plan-from-issue.yml";

    public static PlanFormLocation For(string inputFolder)
    {
        var repository = CodeOwnersLocation.For(inputFolder);
        return new PlanFormLocation(Path.Combine(repository.RepositoryRoot, PlanFormYaml.RelativePath),
            File.Exists(Path.Combine(repository.RepositoryRoot, WorkflowPath)));
    }

    /// <summary>The file's path as diagnostics name it: relative to the input folder.</summary>
    public static string FromInput => "../" + PlanFormYaml.RelativePath;
}
