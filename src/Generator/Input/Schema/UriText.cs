using System.Text.RegularExpressions;

namespace SendSite.Input.Schema;

/// <summary>
/// format: uri means an absolute URI. Uri.TryCreate alone is not enough: on Linux it accepts '/path' as a
/// file URI, so the text itself must start with a scheme ('https:').
/// </summary>
internal static partial class UriText
{
    public static bool IsAbsolute(string text) =>
        StartsWithScheme().IsMatch(text)
        && !text.Any(char.IsWhiteSpace)
        && Uri.TryCreate(text, UriKind.Absolute, out _);

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.-]*:", RegexOptions.CultureInvariant)]
    private static partial Regex StartsWithScheme();
}
