using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SendSite.Input.Yaml;

/// <summary>
/// Decides what a scalar is, following the YAML 1.2 core schema: only plain (unquoted) scalars can be null,
/// true/false or numbers; quoted and block scalars are text. A plain 2025-03-14 is text (YAML 1.2 has no
/// timestamp type), so dates need no quotes. Loaders and the schema validator share this so both read a value
/// the same way.
/// </summary>
public static partial class YamlScalarClassifier
{
    private const string StringTag = "tag:yaml.org,2002:str";

    public static YamlScalarKind Classify(YamlScalarNode scalar)
    {
        if (scalar.Style != ScalarStyle.Plain || (!scalar.Tag.IsEmpty && scalar.Tag.Value == StringTag))
        {
            return YamlScalarKind.String;
        }

        return Classify(scalar.Value ?? string.Empty);
    }

    /// <summary>Classifies the text of a plain scalar.</summary>
    public static YamlScalarKind Classify(string plain) => plain switch
    {
        "" or "~" or "null" or "Null" or "NULL" => YamlScalarKind.Null,
        "true" or "True" or "TRUE" or "false" or "False" or "FALSE" => YamlScalarKind.Boolean,
        _ when !CanBeNumber(plain[0]) => YamlScalarKind.String,
        _ when IntegerPattern().IsMatch(plain) => YamlScalarKind.Integer,
        _ when NumberPattern().IsMatch(plain) => YamlScalarKind.Number,
        _ => YamlScalarKind.String,
    };

    /// <summary>Most values are words; this spares them the number patterns.</summary>
    private static bool CanBeNumber(char first) => char.IsAsciiDigit(first) || first is '-' or '+' or '.';

    [GeneratedRegex(@"^[-+]?[0-9]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^([-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))\z", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();
}
