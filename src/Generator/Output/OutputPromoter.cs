namespace SendSite.Output;

/// <summary>
/// Replaces the output folder with a finished staging folder by renames only, so readers of output/ see
/// either the old site or the new one, never half of each. If the second rename fails the old site is put back;
/// if the build dies between the two renames, the next build finds the old site complete in
/// <c>&lt;output&gt;.previous</c> and restores it (<see cref="OutputReservation"/>). An output folder that cannot be
/// renamed (a mount point) has its contents replaced instead (<see cref="ContentSwap"/>).
/// </summary>
public static class OutputPromoter
{
    // errno values .NET puts in IOException.HResult on Unix: the folder is a mount point, or on another device.
    private const int Busy = 16;
    private const int CrossDevice = 18;

    public static void Promote(string stagingFolder, string outputFolder)
    {
        var output = OutputReservation.FullPath(outputFolder);
        var previous = StagingFolders.PreviousFor(output);
        StagingFolders.Delete(previous, output);
        if (!Directory.Exists(output))
        {
            Directory.Move(stagingFolder, output);
            return;
        }
        try
        {
            Directory.Move(output, previous);
        }
        catch (IOException e) when (e.HResult is Busy or CrossDevice)
        {
            ContentSwap.Replace(output, stagingFolder);
            return;
        }
        TestHold.At(TestHold.Promoting);
        try
        {
            Directory.Move(stagingFolder, output);
        }
        catch
        {
            Directory.Move(previous, output);
            throw;
        }
        StagingFolders.Delete(previous, output);
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
