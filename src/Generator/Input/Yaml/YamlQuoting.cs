using System.Text;

namespace SendSite.Input.Yaml;

/// <summary>Writes values into YAML that generated files (plan templates, the issue form) hold.</summary>
public static class YamlQuoting
{
    /// <summary>A YAML double-quoted scalar: only the characters that must be escaped are.</summary>
    public static string DoubleQuoted(string value)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in value)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }
        return quoted.Append('"').ToString();
    }
}
