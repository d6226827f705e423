namespace SendSite.Input.Yaml;

/// <summary>A YAML syntax error in plain words: where in the YAML text (1-based), what is wrong, how to fix it.</summary>
internal sealed record YamlSyntaxProblem(int Line, int Column, string Message, string Fix);
