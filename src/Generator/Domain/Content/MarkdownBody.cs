namespace SendSite.Domain.Content;

/// <summary>
/// Where the Markdown body of a file is, not its text: the text is read again from the file when the body is
/// checked or rendered (<c>Loading/MarkdownBodyReader</c>) and dropped straight after, so a build of a hundred
/// thousand documents never holds every body at once (2.4 GiB of Markdown is twice that as .NET strings).
/// <see cref="FirstLine"/> keeps problems found while rendering on the right line of the right file.
/// </summary>
/// <param name="File">The file, relative to the input folder (what diagnostics name).</param>
/// <param name="FirstLine">The file line on which the body starts.</param>
/// <param name="FullPath">The file on disk.</param>
/// <param name="Offset">Where the body starts in the file's text (characters, as read with its encoding).</param>
/// <param name="Length">How many characters the body has.</param>
/// <param name="Stamp">The file's size and time of last change when it was loaded; reading it again checks both.</param>
public sealed record MarkdownBody(string File, int FirstLine, string FullPath, int Offset, int Length, FileStamp Stamp);
