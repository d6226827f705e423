using System.CommandLine;
using SendSite.Diagnostics;
using SendSite.Site.Building;
using SendSite.Tests.Support;
using SendSite.Tools.Commands;

namespace SendSite.Tests.Ownership;

/// <summary>
/// Validation fails while .github/CODEOWNERS is missing or stale, and `codeowners` fixes it. Only an input folder
/// whose parent has a .github folder is checked, so plain input folders (tests, trials) validate as before.
/// </summary>
public sealed class CodeOwnersCheckTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly string input;

    public CodeOwnersCheckTests()
    {
        input = SampleInput.WriteTo(folder);
        folder.Write("input/site.yml", SampleInput.SiteYml + "\npublisher_owners: [\"@example/publishers\"]\n");
        Directory.CreateDirectory(folder.Combine(".github"));
    }

    public void Dispose() => folder.Dispose();

    private IReadOnlyList<Diagnostic> Validate()
    {
        var diagnostics = new DiagnosticBag();
        ContentCheck.Run(input, diagnostics, PipelineHarness.DefaultNow);
        return diagnostics.Sorted;
    }

    private int RunCodeOwners()
    {
        var root = new RootCommand { CodeOwnersCommand.Create(TextWriter.Null) };
        return root.Parse(["codeowners", "--input", input]).Invoke();
    }

    [Fact]
    public void A_missing_file_is_an_error_that_names_the_command()
    {
        var error = Assert.Single(Validate(), d => d.Severity == Severity.Error);

        Assert.Equal(DiagnosticCodes.CodeOwnersMissing, error.Code);
        Assert.Equal("../.github/CODEOWNERS", error.Location.File);
        Assert.Contains("send-site codeowners", error.Fix);
    }

    [Fact]
    public void The_command_writes_a_file_that_validates()
    {
        Assert.Equal(ExitCodes.Success, RunCodeOwners());

        Assert.DoesNotContain(Validate(), d => d.Severity == Severity.Error);
        Assert.Contains("/input/plans/northby/ @example/northby", File.ReadAllText(folder.Combine(".github", "CODEOWNERS")));
    }

    [Fact]
    public void A_new_owner_in_the_registry_makes_the_file_stale_at_the_first_line_that_differs()
    {
        RunCodeOwners();
        folder.Write("input/areas.yml", SampleInput.AreasYml.Replace("owners: [\"@example/northby\"]", "owners: [\"@example/northby\", \"@example/northby-icb\"]"));

        var error = Assert.Single(Validate(), d => d.Severity == Severity.Error);

        Assert.Equal(DiagnosticCodes.CodeOwnersOutOfDate, error.Code);
        var line = File.ReadAllLines(folder.Combine(".github", "CODEOWNERS"))[error.Location.Line - 1];
        Assert.Equal("/input/plans/northby/ @example/northby", line);
        Assert.Contains("send-site codeowners", error.Fix);

        RunCodeOwners();
        Assert.DoesNotContain(Validate(), d => d.Severity == Severity.Error);
    }

    [Fact]
    public void A_hand_edit_is_stale_too()
    {
        RunCodeOwners();
        File.AppendAllText(folder.Combine(".github", "CODEOWNERS"), "/input/plans/southmere/ @someone-else\n");

        Assert.Single(Validate(), d => d.Code == DiagnosticCodes.CodeOwnersOutOfDate);
    }

    [Fact]
    public void Without_publisher_owners_the_site_file_is_blamed()
    {
        folder.Write("input/site.yml", SampleInput.SiteYml);
        RunCodeOwners();

        var error = Assert.Single(Validate(), d => d.Severity == Severity.Error);

        Assert.Equal(DiagnosticCodes.NoPublisherOwners, error.Code);
        Assert.Equal("site.yml", error.Location.File);
    }

    [Fact]
    public void An_input_folder_outside_a_repository_is_not_checked()
    {
        Directory.Delete(folder.Combine(".github"));

        Assert.DoesNotContain(Validate(), d => d.Code.StartsWith("SEND32", StringComparison.Ordinal));
    }

    [Fact]
    public void The_printed_path_has_no_parent_steps()
    {
        var printed = new StringWriter();
        DiagnosticPrinter.Print(Validate(), input, DiagnosticPrinter.GitHub, printed);

        Assert.Contains($"file={folder.Combine(".github", "CODEOWNERS")},line=1", printed.ToString());
    }
}
