namespace SendSite.Tests.Gate;

/// <summary>
/// Writes a site of many pages built from the clean fixture's pages: the home page, the about page and N area
/// pages sharing one template. Used to test page selection and to measure pages per second.
/// </summary>
public static class GeneratedSite
{
    public const string AreaTemplate = "area";

    public static string Write(int areaPages)
    {
        var folder = GateFixtures.NewTempFolder();
        var clean = GateFixtures.Site("clean");
        foreach (var file in Directory.EnumerateFiles(clean, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder, Path.GetRelativePath(clean, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var about = File.ReadAllText(Path.Combine(clean, "about", "index.html"));
        for (var number = 0; number < areaPages; number++)
        {
            var html = about
                .Replace("data-template=\"content\"", $"data-template=\"{AreaTemplate}\"")
                .Replace("../", "../../")
                .Replace("About -", $"Area {number:00} -")
                .Replace("About this site", $"Area {number:00}");
            var directory = Path.Combine(folder, "areas", $"area-{number:00}");
            Directory.CreateDirectory(directory);
            File.WriteAllText(Path.Combine(directory, "index.html"), html);
        }
        return folder;
    }

    public static string AreaPage(int number) => $"areas/area-{number:00}/index.html";
}
