namespace SendSite.Site.Session;

/// <summary>Whether rendered Markdown bodies are kept in memory after use.</summary>
public enum BodyMode
{
    /// <summary>A build: each body is read and rendered when its page is written, then dropped, so memory stays flat at any size.</summary>
    Streamed,

    /// <summary>`serve`: every body stays rendered, so a save renders only the file that changed.</summary>
    Kept,
}
