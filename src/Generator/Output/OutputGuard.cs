using SendSite.Input.Loading;

namespace SendSite.Output;

/// <summary>
/// Decides whether a build may replace a folder. A promote deletes what the output folder held, so the folder must
/// be one the generator made: never the input, the repository, the home folder or /, nor a folder that holds one
/// of them, nor anything inside the input or a .git folder; and, unless --force, never a non-empty folder
/// without <see cref="OutputMarker"/>. --force never overrides a folder with .git: that is someone's checkout.
/// </summary>
public static class OutputGuard
{
    /// <summary>Returns why the build must not publish into <paramref name="outputFolder"/>, or null when it may.</summary>
    public static string? Problem(string outputFolder, string inputFolder, bool force)
    {
        var output = Normalise(outputFolder);
        var input = Normalise(inputFolder);
        if (output == Path.GetPathRoot(output))
        {
            return $"--output {outputFolder} is the root folder {output}; a build replaces its output folder. Choose a folder of its own, like ./output.";
        }
        var protectedFolders = Protected(input).ToList();
        foreach (var (name, folder) in protectedFolders.Where(p => Same(output, p.Folder)))
        {
            return $"--output {outputFolder} is {name} ({folder}); a build replaces its output folder. Choose a folder of its own, like ./output.";
        }
        foreach (var (name, folder) in protectedFolders)
        {
            if (IsInside(folder, output))
            {
                return $"--output {outputFolder} holds {name} ({folder}); a build replaces its output folder. Choose a folder of its own, like ./output.";
            }
        }
        if (IsInside(output, input))
        {
            return $"--output {outputFolder} is inside the input folder {input}; the site would be read as input. Choose a folder outside it, like ./output.";
        }
        if (output.Split(Path.DirectorySeparatorChar).Contains(".git", StringComparer.Ordinal))
        {
            return $"--output {outputFolder} is inside a .git folder. Choose a folder of its own, like ./output.";
        }
        if (!Directory.Exists(output) || OutputMarker.IsOn(output) || ContentSwap.WasInterruptedIn(output) || !Directory.EnumerateFileSystemEntries(output).Any())
        {
            return null;
        }
        if (Directory.Exists(Path.Combine(output, ".git")) || File.Exists(Path.Combine(output, ".git")))
        {
            return $"--output {outputFolder} is a git checkout ({output} has .git); a build would delete it. Choose an empty or new folder.";
        }
        return force
            ? null
            : $"--output {outputFolder} has files the generator did not make (no {OutputMarker.FileName} in {output}); a build would delete them. Empty it, choose a new folder, or run again with --force to replace it.";
    }

    /// <summary>The folders no build may replace, with the words that name them.</summary>
    private static IEnumerable<(string Name, string Folder)> Protected(string input)
    {
        yield return ("the input folder", input);
        foreach (var repository in new[] { RepositoryOf(input), RepositoryOf(Directory.GetCurrentDirectory()) }.OfType<string>().Distinct())
        {
            yield return ("the repository", repository);
        }
        if (Environment.GetFolderPath(Environment.SpecialFolder.UserProfile) is { Length: > 0 } home)
        {
            yield return ("the home folder", Normalise(home));
        }
    }

    /// <summary>The nearest folder at or above <paramref name="folder"/> with a .git entry.</summary>
    private static string? RepositoryOf(string folder)
    {
        for (var current = new DirectoryInfo(Normalise(folder)); current is not null; current = current.Parent)
        {
            var git = Path.Combine(current.FullName, ".git");
            if (Directory.Exists(git) || File.Exists(git))
            {
                return Normalise(current.FullName);
            }
        }
        return null;
    }

    private static string Normalise(string folder) => RealPath.Of(folder);

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.Ordinal);

    private static bool IsInside(string folder, string container) =>
        folder.StartsWith(container.EndsWith(Path.DirectorySeparatorChar) ? container : container + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
