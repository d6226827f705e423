namespace SendSite.Benchmarks.Bench;

/// <summary>The checkout, found by walking up to SendSite.slnx, so the benchmark runs the generator built beside it.</summary>
public static class RepositoryFolder
{
    public static string Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "SendSite.slnx")))
                {
                    return folder.FullName;
                }
            }
        }
        throw new DirectoryNotFoundException("Run the benchmark from inside the repository (SendSite.slnx not found).");
    }
}
