using System.Globalization;
using System.Text;

namespace SendSite.Site.Finder;

/// <summary>
/// Turns a name into the form the area finder compares: lower case, no accents, "&amp;" and "and" dropped,
/// apostrophes joined ("Elvery's" is "elverys"), other punctuation as spaces, "saint" as "st", single spaces.
/// So "St. Helens", "Saint Helens" and "st helens" are all "st helens", and "Bristol, City of" is
/// "bristol city of". themes/default/assets/area-finder-match.js does the same to what people type: the
/// two must agree, and a browser test compares them on every name of the bundled site.
/// </summary>
public static class FinderText
{
    private const string DroppedWord = "and";
    private const string Saint = "saint";
    private const string SaintShort = "st";

    // Lower-case Latin letters (U+00C0 to U+024F) whose canonical decomposition is an ASCII letter plus
    // accents, beside that letter. The generator runs with invariant globalization (the same bytes on every
    // machine), where string.Normalize cannot decompose, so the decomposition is written out here; letters
    // that do not decompose (æ, ø, ß, ł) stay as they are, in JavaScript's NFD too.
    private const string Accented = "àáâãäåçèéêëìíîïñòóôõöùúûüýÿāăąćĉċčďēĕėęěĝğġģĥĩīĭįĵķĺļľńņňōŏőŕŗřśŝşšţťũūŭůűųŵŷźżžơưǎǐǒǔǖǘǚǜǟǡǧǩǫǭǰǵǹǻȁȃȅȇȉȋȍȏȑȓȕȗșțȟȧȩȫȭȯȱȳ";
    // Invariant lower-casing leaves "İ" as it is; JavaScript lower-cases it to "i" and a dot, then drops the dot.
    private const char DottedCapitalI = '\u0130';
    private const string Plain = "aaaaaaceeeeiiiinooooouuuuyyaaaccccdeeeeegggghiiiijklllnnnooorrrssssttuuuuuuwyzzzouaiouuuuuaagkoojgnaaaeeiioorruusthaeooooy";

    public static string Normalise(string text)
    {
        var lower = text.ToLowerInvariant();
        var spaced = new StringBuilder(lower.Length);
        foreach (var character in lower)
        {
            if (IsMark(character) || IsApostrophe(character))
            {
                continue;
            }
            var accented = Accented.IndexOf(character, StringComparison.Ordinal);
            var letter = accented >= 0 ? Plain[accented] : character == DottedCapitalI ? 'i' : character;
            spaced.Append(char.IsLetterOrDigit(letter) ? letter : ' ');
        }
        var words = spaced.ToString()
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(word => word != DroppedWord)
            .Select(word => word == Saint ? SaintShort : word);
        return string.Join(' ', words);
    }

    // Accents typed as separate combining characters are dropped, as JavaScript's \p{M} does.
    private static bool IsMark(char character) => CharUnicodeInfo.GetUnicodeCategory(character) is
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static bool IsApostrophe(char character) => character is '\'' or '\u2019' or '\u2018' or '`';
}
