namespace SendSite.Output;

/// <summary>
/// The small file that says "the generator made this folder". A build replaces only a folder that carries it
/// (or is empty, or missing), so pointing --output at a folder of someone's own work refuses instead of deleting it.
/// </summary>
public static class OutputMarker
{
    public const string FileName = ".send-site-output";

    private const string Text = "This folder is built by send-site. A build replaces all of it; keep nothing of your own here.\n";

    public static void WriteInto(string folder) => File.WriteAllText(Path.Combine(folder, FileName), Text);

    public static bool IsOn(string folder) => File.Exists(Path.Combine(folder, FileName));
}
