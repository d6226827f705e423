namespace SendSite.Domain.Content;

/// <summary>
/// A file's size and time of last change, taken before it was read. A body read again later must come from
/// a file with the same stamp, or it is not the text that was loaded and checked (an editor saved it meanwhile).
/// </summary>
public readonly record struct FileStamp(long Length, DateTime LastWriteUtc)
{
    public static FileStamp Of(string fullPath)
    {
        var info = new FileInfo(fullPath);
        return new FileStamp(info.Length, info.LastWriteTimeUtc);
    }
}
