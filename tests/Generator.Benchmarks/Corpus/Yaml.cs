namespace SendSite.Benchmarks.Corpus;

/// <summary>The little YAML writing the corpus needs: double-quoted scalars, so commas and colons stay text.</summary>
public static class Yaml
{
    public static string Quote(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
