namespace SendSite.Rendering.Markdown.Images;

/// <summary>Why an image file may not be shown, for a diagnostic at the image: its stable code, what is wrong and how to fix it.</summary>
internal sealed record ImageFileProblem(string Code, string Message, string Fix);
