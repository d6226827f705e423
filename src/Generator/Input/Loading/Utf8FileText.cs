using System.Buffers;
using System.Text;
using System.Text.Unicode;
using SendSite.Diagnostics;

namespace SendSite.Input.Loading;

/// <summary>
/// Reads a file as UTF-8 and nothing else. <see cref="File.ReadAllText(string)"/> turns every byte that is not
/// UTF-8 into U+FFFD without a word, so a plan saved as Windows-1252 from Word (curly quotes and dashes as single
/// bytes) would validate and be published garbled. Here such a file is an error at the first bad byte's line and
/// column. A UTF-8 byte-order mark is dropped, as editors on Windows write one; line endings are left as they are.
/// </summary>
public static class Utf8FileText
{
    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    /// <summary>
    /// The file's text, or null with <paramref name="problem"/> naming <paramref name="shownPath"/>, line and column.
    /// IO errors are left to the caller, which already says how to deal with them.
    /// </summary>
    public static string? Read(string fullPath, string shownPath, string code, out Diagnostic? problem) =>
        Decode(File.ReadAllBytes(fullPath), shownPath, code, out problem);

    public static string? Decode(ReadOnlySpan<byte> bytes, string shownPath, string code, out Diagnostic? problem)
    {
        problem = null;
        if (bytes.StartsWith(ByteOrderMark))
        {
            bytes = bytes[ByteOrderMark.Length..];
        }
        var chars = new char[bytes.Length]; // UTF-8 never needs more UTF-16 units than bytes
        var status = Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false, isFinalBlock: true);
        if (status == OperationStatus.Done)
        {
            return new string(chars, 0, written);
        }
        problem = NotUtf8(bytes, read, shownPath, code);
        return null;
    }

    private static Diagnostic NotUtf8(ReadOnlySpan<byte> bytes, int badIndex, string shownPath, string code)
    {
        var lineStart = bytes[..badIndex].LastIndexOf((byte)'\n') + 1;
        var line = bytes[..badIndex].Count((byte)'\n') + 1;
        // Columns count characters, as the YAML reader's do, so the bytes before it on its line are all valid UTF-8.
        var column = System.Text.Encoding.UTF8.GetCharCount(bytes[lineStart..badIndex]) + 1;
        var location = new SourceLocation(shownPath, line, column);
        var bad = bytes[badIndex];
        var message = LooksLikeUtf16(bytes)
            ? $"{shownPath} is saved as UTF-16 (which Windows calls \"Unicode\"), not UTF-8, so its text cannot be read."
            : $"{shownPath} is not saved as UTF-8: the byte 0x{bad:X2} at line {line}, column {column} is not UTF-8{Windows1252Guess.Describe(bad)}. " +
              "Published as it is, the text would show \uFFFD in place of such characters.";
        return Diagnostic.Error(location, code, message,
            "Save the file as UTF-8 and try again. In Notepad: File, Save as, then set Encoding to UTF-8. In Word: File, Save as, " +
            "choose Plain Text (.txt), then Unicode (UTF-8) under Other encoding. Or copy the text into GitHub's web editor, which always saves UTF-8.");
    }

    private static bool LooksLikeUtf16(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF));
}
