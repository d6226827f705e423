using SendSite.Diagnostics;

namespace SendSite.Input.Schema;

/// <summary>
/// The checks on a text value: allowed values, length, format, pattern. One problem per value, the most
/// useful first, so a bad date is not also reported as not matching its pattern.
/// </summary>
internal static class TextRules
{
    public static ValueProblem? Check(string text, SchemaNode schema, FieldPath path, string? description)
    {
        if (schema.Enum is { } allowed && !allowed.Contains(text, StringComparer.Ordinal))
        {
            return NotAllowed(text, allowed, path, description);
        }

        if (schema.Const is { } only && !string.Equals(text, only, StringComparison.Ordinal))
        {
            return new(DiagnosticCodes.NotAllowedValue,
                $"{path} is '{text}', but it must be '{only}'",
                FixText.With($"Write '{only}'.", description));
        }

        if (schema.MinLength is { } minLength && text.EnumerateRunes().Count() < minLength)
        {
            return new(DiagnosticCodes.TooShort,
                text.Length == 0 ? $"{path} is empty" : $"{path} is '{text}', shorter than {minLength} characters",
                FixText.With($"Write the text after '{path.FieldName}:'.", description));
        }

        return Format(text, schema.Format, path, description) ?? Pattern(text, schema, path, description);
    }

    public static ValueProblem NotAllowed(string text, IReadOnlyList<string> allowed, FieldPath path, string? description)
    {
        var nearest = NearestMatch.Find(text, allowed);
        var suggestion = nearest is null ? string.Empty : $"; did you mean '{nearest}'?";
        return new(DiagnosticCodes.NotAllowedValue,
            $"{path} is '{text}', which is not allowed{suggestion}",
            FixText.With($"Use one of: {string.Join(", ", allowed)}.", description));
    }

    private static ValueProblem? Format(string text, SchemaFormat format, FieldPath path, string? description)
    {
        switch (format)
        {
            case SchemaFormat.Date when DateText.ExplainDate(text) is { } why:
                return new(DiagnosticCodes.BadDate, $"{path} is '{text}', {why}",
                    FixText.With($"Write a date that exists, as {DateText.DateForm}, e.g. 2025-03-14.", description));
            case SchemaFormat.DateTime when DateText.ExplainDateTime(text) is { } why:
                return new(DiagnosticCodes.BadDate, $"{path} is '{text}', {why}",
                    FixText.With($"Write the date and time as {DateText.DateTimeForm} (UTC), e.g. {DateText.DateTimeExample}.", description));
            case SchemaFormat.Uri when !UriText.IsAbsolute(text):
                return new(DiagnosticCodes.BadFormat, $"{path} is '{text}', which is not a full web address",
                    FixText.With("Write the whole address, starting with https://, with no spaces.", description));
            default:
                return null;
        }
    }

    private static ValueProblem? Pattern(string text, SchemaNode schema, FieldPath path, string? description)
    {
        if (schema.Pattern is null || schema.Pattern.IsMatch(text))
        {
            return null;
        }

        return new(DiagnosticCodes.BadFormat,
            $"{path} is '{text}', which is not in the expected form",
            FixText.With(description ?? string.Empty, $"(The expected form, as a regular expression: {schema.PatternText})").Trim());
    }
}
