namespace SendSite.Input.Schema;

/// <summary>The JSON Schema types the generator's schemas use; YAML values are matched to them by kind.</summary>
public enum SchemaType
{
    Object,
    Array,
    String,
    Integer,
    Boolean,
}
