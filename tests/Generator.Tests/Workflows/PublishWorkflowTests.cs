using System.CommandLine;
using System.Text.RegularExpressions;
using SendSite.Tests.Support;
using SendSite.Tools.Commands;
using YamlDotNet.RepresentationModel;

namespace SendSite.Tests.Workflows;

/// <summary>
/// The workflow runs exactly the README's commands (so what passes locally passes in CI), pins every action to a
/// commit, keeps write permissions to the deploy job, and publishes only from main.
/// </summary>
public sealed partial class PublishWorkflowTests
{
    private readonly PublishWorkflow workflow = PublishWorkflow.Load();

    [GeneratedRegex("^[A-Za-z0-9-]+/[A-Za-z0-9._/-]+@[0-9a-f]{40}$")]
    private static partial Regex PinnedAction();

    [Fact]
    public void The_build_job_runs_the_readme_commands_in_order_and_nothing_else()
    {
        var expected = ReadmeCommands.WhatCiRuns();
        Assert.Contains("./build.sh", expected);
        Assert.Contains("./test.sh", expected);
        Assert.Contains(expected, command => command.Contains(" validate --format github", StringComparison.Ordinal));

        var runs = PublishWorkflow.Steps(workflow.Job("build"))
            .Select(step => PublishWorkflow.Text(step, "run"))
            .OfType<string>()
            .Select(run => run.Trim())
            .Where(run => !run.StartsWith("apt-get update", StringComparison.Ordinal)) // the container's own bootstrap, before checkout
            .ToList();

        Assert.Equal(expected, runs);
    }

    [Fact]
    public void The_readme_commands_exist_and_parse()
    {
        foreach (var command in ReadmeCommands.WhatCiRuns())
        {
            var words = command.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words[0].EndsWith(".sh", StringComparison.Ordinal))
            {
                var script = RepositoryRoot.Combine(words[0]);
                Assert.True(File.Exists(script), $"{words[0]} does not exist");
                Assert.True(OperatingSystem.IsWindows() || File.GetUnixFileMode(script).HasFlag(UnixFileMode.UserExecute), $"{words[0]} is not executable");
            }
            else if (Array.IndexOf(words, "--") is var separator and >= 0)
            {
                // The generator's own arguments must be a command line it accepts.
                var root = new RootCommand { BuildCommand.Create(), ValidateCommand.Create(), CheckCommand.Create() };
                var parsed = root.Parse(words[(separator + 1)..]);
                Assert.True(parsed.Errors.Count == 0, $"{command}: {string.Join("; ", parsed.Errors.Select(e => e.Message))}");
            }
            else
            {
                Assert.Equal("dotnet", words[0]);
            }
        }
    }

    [Fact]
    public void Every_action_is_pinned_to_a_commit()
    {
        var uses = ((YamlMappingNode)workflow.Root["jobs"]).Children.Values.Cast<YamlMappingNode>()
            .SelectMany(PublishWorkflow.Steps)
            .Select(step => PublishWorkflow.Text(step, "uses"))
            .OfType<string>()
            .ToList();

        Assert.NotEmpty(uses);
        Assert.All(uses, use => Assert.Matches(PinnedAction(), use));
        foreach (var action in new[] { "actions/configure-pages@", "actions/upload-pages-artifact@", "actions/deploy-pages@", "actions/upload-artifact@" })
        {
            Assert.Contains(uses, use => use.StartsWith(action, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Only_the_deploy_job_may_write_and_only_from_main()
    {
        Assert.Equal(new Dictionary<string, string> { ["contents"] = "read" }, PublishWorkflow.Flat(PublishWorkflow.Mapping(workflow.Root, "permissions")));
        Assert.False(workflow.Job("build").Children.ContainsKey(new YamlScalarNode("permissions")));

        var deploy = workflow.Job("deploy");
        Assert.Equal(new Dictionary<string, string> { ["pages"] = "write", ["id-token"] = "write" }, PublishWorkflow.Flat(PublishWorkflow.Mapping(deploy, "permissions")));
        Assert.Equal("build", PublishWorkflow.Text(deploy, "needs"));
        Assert.Contains("refs/heads/main", PublishWorkflow.Text(deploy, "if"));
        Assert.Contains("pull_request", PublishWorkflow.Text(deploy, "if"));
        Assert.NotNull(PublishWorkflow.Text(PublishWorkflow.Mapping(deploy, "concurrency"), "group"));
        Assert.NotNull(PublishWorkflow.Text(PublishWorkflow.Mapping(workflow.Root, "concurrency"), "group"));
    }

    [Fact]
    public void Pull_requests_get_the_preview_and_the_gate_report()
    {
        var uploads = PublishWorkflow.Steps(workflow.Job("build"))
            .Where(step => PublishWorkflow.Text(step, "uses")?.StartsWith("actions/upload-artifact@", StringComparison.Ordinal) == true)
            .ToDictionary(step => PublishWorkflow.Text(PublishWorkflow.Mapping(step, "with"), "name")!, step => step);

        Assert.Equal("output/", PublishWorkflow.Text(PublishWorkflow.Mapping(uploads["site-preview"], "with"), "path"));
        Assert.Equal("gate-report/", PublishWorkflow.Text(PublishWorkflow.Mapping(uploads["gate-report"], "with"), "path"));
        Assert.Equal("always()", PublishWorkflow.Text(uploads["gate-report"], "if"));
    }

    [Fact]
    public void The_gates_cache_is_restored_before_the_build_from_the_folder_the_build_keeps_it_in()
    {
        var steps = PublishWorkflow.Steps(workflow.Job("build")).ToList();
        var cache = Assert.Single(steps, step => PublishWorkflow.Text(step, "uses")?.StartsWith("actions/cache@", StringComparison.Ordinal) == true);
        var firstBuild = steps.FindIndex(step => PublishWorkflow.Text(step, "run") is "./build.sh" or "scripts/build-pull-request.sh");

        Assert.Equal(SendSite.Gate.GateCache.DefaultFolderName, PublishWorkflow.Text(PublishWorkflow.Mapping(cache, "with"), "path"));
        Assert.True(steps.IndexOf(cache) < firstBuild, "the cache is restored before the first build");
    }
}
