using SendSite.Diagnostics;

namespace SendSite.Tests.Commands;

/// <summary>`validate` printed ANSI escape sequences from YAML values raw to the terminal; now they are shown escaped.</summary>
public sealed class TerminalEscapeTests
{
    [Fact]
    public void Control_characters_in_a_message_are_printed_escaped_as_text()
    {
        var diagnostic = Diagnostic.Error(new SourceLocation("areas.yml", 3, 7), DiagnosticCodes.NotAllowedValue,
            "'\u001b[2J\u001b[31mNorthby\a' is not a region", "Write \u001b[0mone of them.");
        var printed = new StringWriter();

        DiagnosticPrinter.Print([diagnostic], "input", DiagnosticPrinter.Text, printed);

        Assert.DoesNotContain(printed.ToString().ReplaceLineEndings(""), char.IsControl);
        Assert.Contains("\\u001B[2J\\u001B[31mNorthby\\u0007", printed.ToString());
    }
}
