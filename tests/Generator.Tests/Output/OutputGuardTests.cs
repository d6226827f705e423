using SendSite.Output;
using SendSite.Tests.Support;

namespace SendSite.Tests.Output;

/// <summary>A build replaces its output folder, so the folders it must never replace are refused by name.</summary>
public sealed class OutputGuardTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly string input;

    public OutputGuardTests()
    {
        input = SampleInput.WriteTo(folder);
    }

    public void Dispose() => folder.Dispose();

    [Fact]
    public void The_input_folder_a_folder_holding_it_and_a_folder_inside_it_are_refused()
    {
        Assert.Contains("is the input folder", OutputGuard.Problem(input, input, force: true));
        Assert.Contains("holds the input folder", OutputGuard.Problem(folder.Path, input, force: true));
        Assert.Contains("inside the input folder", OutputGuard.Problem(Path.Combine(input, "site"), input, force: true));
        Assert.Contains("is the input folder", OutputGuard.Problem(input + "/", input, force: true));
    }

    [Fact]
    public void A_link_to_the_input_folder_is_refused_as_the_input_folder()
    {
        var link = folder.Combine("out-link");
        Directory.CreateSymbolicLink(link, input);

        Assert.Contains("is the input folder", OutputGuard.Problem(link, input, force: true));
    }

    [Fact]
    public void The_repository_the_home_folder_and_the_root_are_refused()
    {
        var repository = RepositoryRoot.Path;

        Assert.Contains("is the repository", OutputGuard.Problem(repository, input, force: true));
        // Where the clone sits beside the temporary folders (a clone in /tmp), its parent holds this test's input too,
        // and that is named first: either way the folder is refused.
        Assert.Matches("holds the (repository|input folder)", OutputGuard.Problem(Path.GetDirectoryName(repository)!, input, force: true));
        Assert.Contains("home folder", OutputGuard.Problem(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), input, force: true));
        Assert.Contains("root folder", OutputGuard.Problem("/", input, force: true));
        Assert.Contains(".git", OutputGuard.Problem(Path.Combine(repository, ".git", "site"), input, force: true));
    }

    [Fact]
    public void A_folder_inside_the_repository_such_as_output_is_allowed()
    {
        Assert.Null(OutputGuard.Problem(Path.Combine(RepositoryRoot.Path, "output-of-a-test-" + Guid.NewGuid().ToString("N")), input, force: false));
    }

    [Fact]
    public void A_non_empty_folder_the_generator_did_not_make_needs_force_and_one_with_git_is_refused_even_then()
    {
        var mine = folder.Combine("mine");
        folder.Write("mine/notes.txt", "my work");

        Assert.Contains("--force", OutputGuard.Problem(mine, input, force: false));
        Assert.Null(OutputGuard.Problem(mine, input, force: true));
        Directory.CreateDirectory(Path.Combine(mine, ".git"));
        Assert.Contains("git checkout", OutputGuard.Problem(mine, input, force: true));
    }

    [Fact]
    public void A_missing_folder_an_empty_one_and_one_with_the_marker_are_allowed()
    {
        Directory.CreateDirectory(folder.Combine("empty"));
        folder.Write("built/index.html", "<p>old site</p>");
        OutputMarker.WriteInto(folder.Combine("built"));

        Assert.Null(OutputGuard.Problem(folder.Combine("new"), input, force: false));
        Assert.Null(OutputGuard.Problem(folder.Combine("empty"), input, force: false));
        Assert.Null(OutputGuard.Problem(folder.Combine("built"), input, force: false));
    }
}
