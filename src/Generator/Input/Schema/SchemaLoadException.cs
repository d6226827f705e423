namespace SendSite.Input.Schema;

/// <summary>
/// A schema shipped with the generator that the validator cannot honour (an unsupported keyword, a malformed
/// value). This is a mistake in the generator's own files, so it fails loudly instead of validating less.
/// </summary>
public sealed class SchemaLoadException(string message) : Exception(message);
