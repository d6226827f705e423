using YamlDotNet.Core;

namespace SendSite.Input.Yaml;

/// <summary>
/// Explains a failure of YamlDotNet's scanner that comes without a position (an InvalidOperationException
/// rather than a YamlException; seen with unclosed nested flow lists such as "[[a, b]" followed by more lines).
/// </summary>
internal static class YamlParserFailureExplainer
{
    /// <summary>
    /// For a parser failure without a position: blames the first bracket left open up to where parsing got,
    /// the usual cause, or else the line after the last part that could be read.
    /// </summary>
    public static YamlSyntaxProblem Explain(string yaml, Mark lastGood)
    {
        var lines = yaml.Split('\n').Select(line => line.TrimEnd('\r')).ToArray();
        var lastLine = Math.Clamp((int)lastGood.Line + 1, 1, lines.Length);
        for (var index = 0; index < lastLine; index++)
        {
            var unclosed = FirstUnclosedBracket(lines[index]);
            if (unclosed >= 0)
            {
                var open = lines[index][unclosed];
                var close = open == '[' ? ']' : '}';
                return new(index + 1, unclosed + 1,
                    $"the '{open}' here is not closed with '{close}' on the same line",
                    $"Close it with '{close}', or put the value in quotes if the '{open}' is part of the text.");
            }
        }

        return new(Math.Max((int)lastGood.Line, 1), Math.Max((int)lastGood.Column, 1),
            "the YAML cannot be read after this point", YamlSyntaxExplainer.GeneralFix);
    }

    private static int FirstUnclosedBracket(string line)
    {
        var open = new Stack<int>();
        var quote = '\0';
        for (var index = 0; index < line.Length; index++)
        {
            var character = line[index];
            if (quote != '\0')
            {
                quote = character == quote ? '\0' : quote;
            }
            else if (character is '\'' or '"' && (index == 0 || line[index - 1] is ' ' or '[' or '{' or ','))
            {
                quote = character;
            }
            else if (character == '#' && (index == 0 || line[index - 1] == ' '))
            {
                break;
            }
            else if (character is '[' or '{')
            {
                open.Push(index);
            }
            else if (character is ']' or '}' && open.Count > 0)
            {
                open.Pop();
            }
        }

        return open.Count > 0 ? open.Last() : -1;
    }
}
