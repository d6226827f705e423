namespace SendSite.Input.Yaml;

/// <summary>What a YAML scalar means under the YAML 1.2 core schema (quoted scalars are always text).</summary>
public enum YamlScalarKind
{
    Null,
    Boolean,
    Integer,
    Number,
    String,
}
