namespace SendSite.Tests.Support;

/// <summary>The checkout the tests run from, found by walking up to SendSite.slnx.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "SendSite.slnx")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException("Tests must run inside the repository (no SendSite.slnx found above the test binaries).");
    }
}
