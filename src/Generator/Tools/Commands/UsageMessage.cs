using System.Text.RegularExpressions;

namespace SendSite.Tools.Commands;

/// <summary>
/// System.CommandLine's parse errors in people's words: "Cannot parse argument '99999999999' for option
/// '--search-shard-pages' as expected type 'System.Nullable`1[System.Int32]'" names a .NET type nobody typing a
/// command should need to know.
/// </summary>
public static partial class UsageMessage
{
    public static string Plain(string message)
    {
        var match = CannotParse().Match(message);
        if (!match.Success)
        {
            return message;
        }
        var (value, option, type) = (match.Groups["value"].Value, match.Groups["option"].Value, match.Groups["type"].Value);
        var wanted = type.Contains("Int32", StringComparison.Ordinal) ? $"a whole number from 1 to {int.MaxValue}"
            : type.Contains("Int64", StringComparison.Ordinal) ? $"a whole number from 1 to {long.MaxValue}"
            : type.Contains("Boolean", StringComparison.Ordinal) ? "true or false"
            : "a value of the kind its help describes";
        return $"{option} '{Printable(value)}' is not {wanted}.";
    }

    /// <summary>The value with control characters escaped, so a pasted escape sequence cannot act on the terminal.</summary>
    private static string Printable(string value) => string.Concat(value.Select(c => char.IsControl(c) ? $"\\u{(int)c:X4}" : c.ToString()));

    [GeneratedRegex("^Cannot parse argument '(?<value>.*)' for option '(?<option>[^']*)' as expected type '(?<type>[^']*)'", RegexOptions.Singleline)]
    private static partial Regex CannotParse();
}
