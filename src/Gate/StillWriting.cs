namespace SendSite.Gate;

/// <summary>
/// A folder of the site that is still being written (site-relative, ending in '/'), and the task that ends when it
/// is done. Whether the writing succeeded is for whoever writes it to say: the gate only waits.
/// </summary>
public sealed record StillWriting(string Folder, Task Written)
{
    public bool Holds(string page) => page.StartsWith(Folder, StringComparison.Ordinal);

    /// <summary>Waits until the folder is written, however that ended.</summary>
    public async Task WaitAsync()
    {
        try
        {
            await Written;
        }
        catch (Exception)
        {
            // The writer reports its own failure; the gate checks what is there.
        }
    }
}
