namespace SendSite.Tests.Gate;

/// <summary>Where the fixture sites are (copied next to the tests) and a fresh folder for each run's report.</summary>
public static class GateFixtures
{
    public static string Site(string name) => Path.Combine(AppContext.BaseDirectory, "Gate", "Fixtures", name);

    public static string NewTempFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "send-site-gate-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>A copy of fixture site <paramref name="name"/> in a fresh folder, for a test that changes it.</summary>
    public static string CopyOf(string name)
    {
        var copy = NewTempFolder();
        foreach (var file in Directory.EnumerateFiles(Site(name), "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(Site(name), file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return copy;
    }

    /// <summary>An empty exceptions file, so tests do not depend on the repository's reviewed one.</summary>
    public static string NoExceptions()
    {
        var file = Path.Combine(NewTempFolder(), "gate-exceptions.yml");
        File.WriteAllText(file, "exceptions: []\n");
        return file;
    }
}
