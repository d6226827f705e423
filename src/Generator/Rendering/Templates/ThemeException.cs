namespace SendSite.Rendering.Templates;

/// <summary>A mistake in the theme itself (missing or broken template): the publisher's to fix, reported without a stack trace.</summary>
public sealed class ThemeException(string message) : Exception(message);
