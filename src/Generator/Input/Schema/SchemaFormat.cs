namespace SendSite.Input.Schema;

/// <summary>The JSON Schema formats the generator checks (JSON Schema leaves formats unchecked by default; we check).</summary>
public enum SchemaFormat
{
    None,

    /// <summary>yyyy-mm-dd, a real calendar date.</summary>
    Date,

    /// <summary>An instant as yyyy-mm-ddThh:mm:ss with Z or an offset such as +01:00.</summary>
    DateTime,

    /// <summary>An absolute URI, with its scheme.</summary>
    Uri,
}
