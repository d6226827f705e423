namespace SendSite.Input.Loading;

/// <summary>
/// The layout of an input folder, and the guard that keeps reading inside it: a file reached through a
/// link that points outside input/ is never read, so content cannot pull in files from elsewhere. Made once, by
/// the command that was given the folder, and passed down.
/// </summary>
public sealed class InputPaths(string root)
{
    /// <summary>A folder name as given on the command line (or by a test) is an input folder.</summary>
    public static implicit operator InputPaths(string root) => new(root);

    public const string SiteFile = "site.yml";
    public const string AreasFile = "areas.yml";
    public const string EarlierInspectionsFile = "earlier-inspections.yml";
    public const string ReportsFolder = "reports";
    public const string PlansFolder = "plans";
    public const string PagesFolder = "pages";
    public const string ThematicFolder = "thematic";
    public const string LayoutsFolder = "layouts";

    /// <summary>The folder as it was given, for messages.</summary>
    public string Given { get; } = root;

    public string Root { get; } = Path.GetFullPath(root);

    public string Full(string relative) => Path.Combine(Root, relative);

    /// <summary>The path people see in messages: relative to input/, with forward slashes.</summary>
    public string Relative(string fullPath) => Path.GetRelativePath(Root, fullPath).Replace('\\', '/');

    /// <summary>True when the file, after following any links, is still inside the input folder.</summary>
    public bool StaysInside(string fullPath) => LinkGuard.StaysInside(Root, fullPath);

    /// <summary>
    /// The files of a folder such as reports/, in a stable order: every one is read as Markdown (so a badly named
    /// file is reported), except images, which are there for the bodies to show (<see cref="ImageFileNames"/>).
    /// </summary>
    public IEnumerable<string> MarkdownFiles(string folder)
    {
        var full = Full(folder);
        return Directory.Exists(full)
            ? Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories).Where(f => !ImageFileNames.IsImage(f)).Order(StringComparer.Ordinal)
            : [];
    }
}
