using SendSite.Input.Loading;

namespace SendSite.Hosting.Preview;

/// <summary>Sorts the paths of a save into what `serve` can take in alone and what needs everything loaded again.</summary>
public static class ChangeKinds
{
    /// <param name="relative">The path under input/, with forward slashes.</param>
    /// <param name="isFolder">It is a folder now (a folder moved in or renamed: its files were not each reported).</param>
    /// <param name="exists">It is a file now.</param>
    /// <param name="known">It was read as a file last time.</param>
    public static ChangeKind Of(string relative, bool isFolder, bool exists, bool known)
    {
        if (isFolder)
        {
            return ChangeKind.Other;
        }
        var parts = relative.Split('/');
        if (parts[^1].StartsWith('.'))
        {
            return ChangeKind.Ignored; // the loader skips these too (editor swap files, .DS_Store)
        }
        if (ImageFileNames.IsImage(relative))
        {
            return ChangeKind.Image; // the loader never reads one: what it changes is the bodies that show it
        }
        if (parts[0] is not (InputPaths.ReportsFolder or InputPaths.PlansFolder))
        {
            return ChangeKind.Other;
        }
        // Gone and never read: an editor's temporary file, or a folder whose files were reported one by one.
        return exists || known ? ChangeKind.ReportOrPlan : ChangeKind.Ignored;
    }
}
