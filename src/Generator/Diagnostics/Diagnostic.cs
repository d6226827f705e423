namespace SendSite.Diagnostics;

/// <summary>
/// One problem in the input, written for the person who has to fix it: where, what, and how to fix it.
/// Codes are stable (see <see cref="DiagnosticCodes"/>) so documentation and CI annotations can refer to them.
/// </summary>
public sealed record Diagnostic(SourceLocation Location, Severity Severity, string Code, string Message, string Fix)
{
    public static Diagnostic Error(SourceLocation location, string code, string message, string fix) =>
        new(location, Severity.Error, code, message, fix);

    public static Diagnostic Warning(SourceLocation location, string code, string message, string fix) =>
        new(location, Severity.Warning, code, message, fix);

    /// <summary>The one-line form: <c>path:line:column: error CODE: message</c>.</summary>
    public override string ToString() =>
        $"{Location}: {(Severity == Severity.Error ? "error" : "warning")} {Code}: {Message}";
}
