using SendSite.Diagnostics;
using YamlDotNet.Core;

namespace SendSite.Input.Yaml;

/// <summary>
/// Turns YamlDotNet positions (1-based line and column inside the YAML text) into positions in the file, given
/// how many file lines come before the YAML (0 for a .yml file, the front matter's offset for Markdown).
/// </summary>
public static class YamlLocation
{
    public static SourceLocation Of(Mark mark, string file, int lineOffset) =>
        new(file, (int)mark.Line + lineOffset, (int)mark.Column);
}
