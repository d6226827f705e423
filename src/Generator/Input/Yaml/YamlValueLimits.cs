using System.Globalization;
using System.Text;
using SendSite.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace SendSite.Input.Yaml;

/// <summary>
/// What a value may be, whatever its field: no YAML tags but the standard scalar ones (a !!binary value was
/// published as base64), no whole number beyond what the generator counts with (2147483648 crashed the build, a
/// 20-digit order was accepted), and no control characters (an ANSI escape in a name reached the terminal raw).
/// Each is an error at the value, in the same pass as the rest of the file's problems.
/// </summary>
public static class YamlValueLimits
{
    private static readonly HashSet<string> StandardTags = new(StringComparer.Ordinal)
    {
        "tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float", "tag:yaml.org,2002:bool",
        "tag:yaml.org,2002:null", "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq",
    };

    public static IEnumerable<Diagnostic> Check(YamlNode root, string file, int lineOffset) =>
        root.AllNodes.SelectMany(node => Problems(node, file, lineOffset));

    private static IEnumerable<Diagnostic> Problems(YamlNode node, string file, int lineOffset)
    {
        var at = YamlLocation.Of(node.Start, file, lineOffset);
        if (!node.Tag.IsEmpty && !StandardTags.Contains(node.Tag.Value))
        {
            yield return Diagnostic.Error(at, DiagnosticCodes.YamlTag,
                $"the tag {Escaped(node.Tag.Value)} is not allowed here; values are plain text, numbers, true/false, lists and fields",
                "Remove the tag (the part starting with !) and write the value itself.");
        }
        if (node is not YamlScalarNode { Value: { } value } scalar)
        {
            yield break;
        }
        if (value.Any(IsControl))
        {
            yield return Diagnostic.Error(at, DiagnosticCodes.ControlCharacter,
                $"the value \"{Escaped(value)}\" holds a control character (shown as \\u....), which no page or terminal should get",
                "Retype the value; control characters often come from copying out of a terminal or a PDF.");
        }
        if (YamlScalarClassifier.Classify(scalar) == YamlScalarKind.Integer
            && !int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
        {
            yield return Diagnostic.Error(at, DiagnosticCodes.OutOfRange,
                $"{Escaped(value)} is too large a number (the largest allowed is {int.MaxValue:N0})",
                "Write the number the field needs, e.g. 1, 2, 3 for priority actions.");
        }
    }

    /// <summary>Tab, line feed and carriage return are ordinary in block text; everything else below space is not.</summary>
    private static bool IsControl(char character) =>
        character is not ('\t' or '\n' or '\r') && char.IsControl(character);

    /// <summary>The text with control characters written as \uXXXX, safe to print anywhere.</summary>
    public static string Escaped(string text)
    {
        if (!text.Any(char.IsControl))
        {
            return text;
        }
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var character in text)
        {
            escaped.Append(char.IsControl(character) ? $"\\u{(int)character:X4}" : character.ToString());
        }
        return escaped.ToString();
    }
}
