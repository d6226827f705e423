using System.Reflection;

namespace SendSite.Tools.Init;

/// <summary>
/// Writes a new input folder for a real site: site.yml with placeholders, areas.yml with every area of
/// England from the built-in registry (its header, with the sources of every fact, comes along), and
/// starter pages that say only what is true of any site. No sample data and no sample-data notice.
/// </summary>
public static class SiteScaffolder
{
    private const string ResourcePrefix = "SendSite.Init.Starter.";
    private const string RegistryResource = "SendSite.Data.england-local-areas.yml";

    private static readonly (string Resource, string Path)[] StarterFiles =
    [
        ("site.yml", "site.yml"),
        ("about.md", "pages/about.md"),
        ("what-the-outcomes-mean.md", "pages/what-the-outcomes-mean.md"),
        ("help.md", "pages/help.md"),
        ("submit-a-plan.md", "pages/submit-a-plan.md"),
        ("accessibility-statement.md", "pages/accessibility-statement.md"),
    ];

    /// <summary>init writes only into a new or empty folder, so it can never overwrite a site's files.</summary>
    public static bool CanWriteInto(string folder) =>
        !Directory.Exists(folder) || !Directory.EnumerateFileSystemEntries(folder).Any();

    /// <summary>Writes the files and returns their paths inside <paramref name="folder"/>, in the order written.</summary>
    public static IReadOnlyList<string> Write(string folder)
    {
        var written = new List<string>();
        foreach (var (resource, path) in StarterFiles)
        {
            WriteFile(folder, path, ReadResource(ResourcePrefix + resource));
            written.Add(path);
        }
        WriteFile(folder, "areas.yml", AreasFile(ReadResource(RegistryResource)));
        written.Add("areas.yml");
        return written;
    }

    /// <summary>
    /// The registry as a site's areas.yml: its editor schema line points at the generator's folder, which a
    /// site does not have, and its note that owners belong elsewhere becomes how to add them here.
    /// </summary>
    public static string AreasFile(string registry)
    {
        var lines = registry.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
        if (lines.Count > 0 && lines[0].StartsWith("# yaml-language-server:", StringComparison.Ordinal))
        {
            lines[0] = "# This site's registry of local areas, copied by `init` from the generator's registry of England.";
        }
        var owners = lines.FindIndex(l => l.StartsWith("# No owners here:", StringComparison.Ordinal));
        if (owners >= 0)
        {
            lines[owners] = "# To let an area's team change its plans, add owners: [\"@org/team\"] to the area.";
        }
        return string.Join('\n', lines);
    }

    private static void WriteFile(string folder, string path, string text)
    {
        var full = Path.Combine(folder, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    private static string ReadResource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The generator was built without its resource {name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
