using SendSite.Diagnostics;
using SendSite.Domain.Content;
using SendSite.Input.Schema;

namespace SendSite.Rules.Validation;

/// <summary>
/// A report or plan lives in its own area's folder and names that area, and its file name's date is the
/// date it says. This is what stops one area's pull request from touching another area's content.
/// </summary>
public static class PlacementRules
{
    public static void Check(SourceMap source, string areaSlug, DateOnly dateInName, DateOnly date, string dateField, IReadOnlySet<string> knownAreas, DiagnosticBag diagnostics)
    {
        var folder = source.File.Split('/')[1];
        if (!knownAreas.Contains(areaSlug))
        {
            diagnostics.Add(Diagnostic.Error(source.At("area"), DiagnosticCodes.UnknownArea,
                $"area '{areaSlug}' is not in areas.yml.",
                $"Use the slug of an area listed in areas.yml{Suggest(areaSlug, knownAreas)}."));
        }
        if (folder != areaSlug)
        {
            diagnostics.Add(Diagnostic.Error(source.At("area"), DiagnosticCodes.WrongFolder,
                $"This file is in the folder '{folder}' but names the area '{areaSlug}'. Each area's files live in its own folder so that only that area's owners can change them (see .github/CODEOWNERS).",
                $"A file may only name the area whose folder it is in: if this is {folder}'s file, set area: {folder}; if it is {areaSlug}'s, {areaSlug}'s own team must add it to the '{areaSlug}' folder."));
        }
        if (dateInName != date)
        {
            diagnostics.Add(Diagnostic.Error(source.At(dateField), DiagnosticCodes.FileNameMismatch,
                $"{dateField} is {date:yyyy-MM-dd} but the file name starts with {dateInName:yyyy-MM-dd}.",
                $"Make them the same: rename the file or correct {dateField}."));
        }
    }

    private static string Suggest(string value, IReadOnlySet<string> known)
    {
        var nearest = NearestMatch.Find(value, known.Order(StringComparer.Ordinal));
        return nearest is null ? "" : $" (did you mean '{nearest}'?)";
    }
}
