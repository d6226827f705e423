namespace SendSite.Output;

/// <summary>
/// Replaces the output folder with a finished staging folder by renames only, so readers of output/ see
/// either the old site or the new one, never half of each. If the second rename fails the old site is put back.
/// </summary>
public static class OutputPromoter
{
    public static void Promote(string stagingFolder, string outputFolder)
    {
        var output = Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar);
        var previous = output + ".previous";
        if (Directory.Exists(previous))
        {
            Directory.Delete(previous, recursive: true);
        }
        var hadOutput = Directory.Exists(output);
        if (hadOutput)
        {
            Directory.Move(output, previous);
        }
        try
        {
            Directory.Move(stagingFolder, output);
        }
        catch
        {
            if (hadOutput)
            {
                Directory.Move(previous, output);
            }
            throw;
        }
        if (hadOutput)
        {
            Directory.Delete(previous, recursive: true);
        }
    }

    /// <summary>Removes a staging folder left by a failed build, so it is never mistaken for a site.</summary>
    public static void Discard(string stagingFolder)
    {
        if (Directory.Exists(stagingFolder))
        {
            Directory.Delete(stagingFolder, recursive: true);
        }
    }
}
