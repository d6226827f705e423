using SendSite.Input.Schema;
using Xunit;

namespace SendSite.Tests.Validation.Schema;

public sealed class JsonSchemaTests
{
    /// <summary>Fails when a shipped schema uses a keyword, type or format the validator does not check.</summary>
    [Theory]
    [InlineData(SchemaNames.Report)]
    [InlineData(SchemaNames.Plan)]
    [InlineData(SchemaNames.Page)]
    [InlineData(SchemaNames.Site)]
    [InlineData(SchemaNames.Areas)]
    public void Every_shipped_schema_loads_with_only_supported_keywords(string name)
    {
        var schema = JsonSchema.Load(name);

        Assert.Equal(name, schema.Name);
        Assert.Equal(SchemaType.Object, schema.Root.Type);
        Assert.False(schema.Root.AdditionalPropertiesAllowed);
        Assert.NotEmpty(schema.Root.Required);
    }

    [Fact]
    public void The_list_of_names_covers_every_schema()
    {
        Assert.Equal(5, SchemaNames.All.Count);
        Assert.All(SchemaNames.All, name => Assert.NotNull(JsonSchema.Load(name)));
    }

    [Fact]
    public void A_schema_is_parsed_once_and_shared()
    {
        Assert.Same(JsonSchema.Load(SchemaNames.Report), JsonSchema.Load(SchemaNames.Report));
    }

    [Fact]
    public void Loading_in_parallel_gives_one_instance()
    {
        var loaded = new JsonSchema[64];
        Parallel.For(0, loaded.Length, index => loaded[index] = JsonSchema.Load(SchemaNames.Plan));

        Assert.All(loaded, schema => Assert.Same(loaded[0], schema));
    }

    [Fact]
    public void Reads_the_keywords_of_the_report_schema()
    {
        var report = JsonSchema.Load(SchemaNames.Report).Root;

        Assert.Equal(["full-inspection", "monitoring-inspection"], report.Properties["kind"].Enum);
        Assert.Equal(SchemaFormat.DateTime, report.Properties["published"].Format);
        var action = report.Properties["areas_for_priority_action"].Items!;
        Assert.Equal(1m, action.Properties["number"].Minimum);
        Assert.Equal(1, action.Properties["responsible"].MinItems);
        Assert.Equal(1, action.Properties["text"].MinLength);
        Assert.Equal("area", report.PropertyNames[0]);
    }

    [Fact]
    public void An_unknown_name_is_refused_with_the_known_names()
    {
        var error = Assert.Throws<ArgumentException>(() => JsonSchema.Load("reports"));

        Assert.Contains("report, plan, page, site, areas", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "type": "object", "oneOf": [] }""", "'oneOf'")]
    [InlineData("""{ "properties": { "a": { "type": "string", "maxLength": 3 } } }""", "#/properties/a/maxLength")]
    [InlineData("""{ "type": "number" }""", "type 'number'")]
    [InlineData("""{ "type": ["string", "null"] }""", "#/type")]
    [InlineData("""{ "format": "email" }""", "format 'email'")]
    [InlineData("""{ "additionalProperties": { "type": "string" } }""", "#/additionalProperties")]
    [InlineData("""{ "enum": [1, 2] }""", "#/enum/0")]
    [InlineData("""{ "items": [ { "type": "string" } ] }""", "#/items")]
    [InlineData("""{ "required": ["b"], "properties": { "a": { "type": "string" } } }""", "'b' is required")]
    public void A_schema_using_something_unsupported_fails_loudly(string json, string named)
    {
        var error = Assert.Throws<SchemaLoadException>(() => JsonSchema.Parse("test", json));

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("test.schema.json at #", error.Message, StringComparison.Ordinal);
    }
}
