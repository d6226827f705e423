namespace SendSite.Input.Loading;

/// <summary>
/// What a byte that is not UTF-8 probably was: text from Word or an old Notepad is Windows-1252, where the
/// typographic quotes, dashes and ellipsis that Word puts in by itself are single bytes from 0x80 to 0x9F. Naming
/// the character tells the author which of their words to look at.
/// </summary>
public static class Windows1252Guess
{
    public static string Describe(byte value) => value switch
    {
        0x91 => " (in Windows-1252, the encoding Word and older Notepad save in, it is the opening single quote ‘)",
        0x92 => " (in Windows-1252, the encoding Word and older Notepad save in, it is the apostrophe or closing single quote ’)",
        0x93 => " (in Windows-1252, the encoding Word and older Notepad save in, it is the opening double quote “)",
        0x94 => " (in Windows-1252, the encoding Word and older Notepad save in, it is the closing double quote ”)",
        0x96 => " (in Windows-1252, the encoding Word and older Notepad save in, it is the dash –)",
        0x97 => " (in Windows-1252, the encoding Word and older Notepad save in, it is the long dash —)",
        0x85 => " (in Windows-1252, the encoding Word and older Notepad save in, it is the ellipsis …)",
        0xA3 => " (in Windows-1252, the encoding Word and older Notepad save in, it is the pound sign £)",
        0x80 => " (in Windows-1252, the encoding Word and older Notepad save in, it is the euro sign €)",
        >= 0xA0 => $" (in Windows-1252, the encoding Word and older Notepad save in, it is the character '{(char)value}')",
        _ => "",
    };
}
