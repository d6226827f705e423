using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace SendSite.Input.Schema;

/// <summary>
/// Builds each schema pattern once and shares it. JSON Schema patterns are ECMA-262 regular expressions; two
/// .NET differences matter for our patterns and are translated: '$' also matches before a final line break in
/// .NET (so a value with a trailing newline would pass), and '\d' matches any Unicode digit in .NET.
/// Interpreted, not compiled: a dozen short patterns over short values cost less than compiling them.
/// </summary>
internal static class SchemaPatterns
{
    private static readonly ConcurrentDictionary<string, Regex> Cache = new(StringComparer.Ordinal);

    public static Regex Get(string pattern) =>
        Cache.GetOrAdd(pattern, static text => new Regex(ToDotNet(text), RegexOptions.CultureInvariant));

    public static string ToDotNet(string pattern)
    {
        var translated = new StringBuilder(pattern.Length + 8);
        var inClass = false;
        for (var index = 0; index < pattern.Length; index++)
        {
            var character = pattern[index];
            if (character == '\\' && index + 1 < pattern.Length)
            {
                var escaped = pattern[++index];
                translated.Append(escaped == 'd' ? (inClass ? "0-9" : "[0-9]") : "\\" + escaped);
                continue;
            }

            if (character == '[' && !inClass)
            {
                inClass = true;
            }
            else if (character == ']' && inClass)
            {
                inClass = false;
            }
            else if (character == '$' && !inClass)
            {
                translated.Append("\\z");
                continue;
            }

            translated.Append(character);
        }

        return translated.ToString();
    }
}
