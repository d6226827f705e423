namespace SendSite.Diagnostics;

/// <summary>An error stops the build; a warning is printed and the build goes on.</summary>
public enum Severity
{
    Error,
    Warning,
}
