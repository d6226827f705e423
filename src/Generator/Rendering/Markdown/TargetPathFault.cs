namespace SendSite.Rendering.Markdown;

/// <summary>Why a body's target names no path in the input folder (<see cref="InputTargetPath"/>); each caller words it for what it was after.</summary>
internal enum TargetPathFault
{
    /// <summary>Nothing before the query or fragment: `#section`, or an empty target.</summary>
    NoName,

    /// <summary>It ends with /, so it names a folder.</summary>
    Folder,

    /// <summary>A name holds a character no file name here can have: an encoded / or \, or a control character.</summary>
    BadCharacter,

    /// <summary>Its ../ climbs above the input folder.</summary>
    ClimbsOut,

    /// <summary>It comes back to the input folder itself.</summary>
    InputItself,
}
