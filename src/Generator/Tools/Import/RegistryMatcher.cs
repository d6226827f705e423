using SendSite.Diagnostics;
using SendSite.Domain.Content;
using SendSite.Tools.Import.Spreadsheets;

namespace SendSite.Tools.Import;

/// <summary>
/// Finds the area a row is about: by its GSS code where the file has one (a current area's code, an abolished
/// code from areas.yml's <c>abolished</c>, or a former area's code), then by name, as <see cref="AreaNameMatcher"/>
/// does. A row that matches nothing, or a name that could mean several areas, is an error at the row's cell.
/// </summary>
public sealed class RegistryMatcher(IReadOnlyList<Area> areas, IReadOnlyList<AbolishedArea> abolished)
{
    private readonly AreaNameMatcher names = new(areas);
    private readonly Dictionary<string, InspectedArea> byCode = CodesOf(areas, abolished);
    private readonly Dictionary<string, AbolishedArea> abolishedByName = abolished
        .GroupBy(a => AreaNames.Normalise(a.Name), StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    /// <param name="allowAbolished">False for the 2023 framework's rows: they become report files in one area's folder, so an abolished area cannot take them.</param>
    public InspectedArea? Find(RowCells cells, SheetColumn codeColumn, SheetColumn nameColumn, bool allowAbolished)
    {
        var code = cells.Text(codeColumn).ToUpperInvariant();
        var name = cells.Text(nameColumn);
        if (code.Length > 0 && byCode.TryGetValue(code, out var byItsCode))
        {
            return Allowed(byItsCode, cells, codeColumn, allowAbolished);
        }
        if (name.Length == 0)
        {
            cells.Error(nameColumn, DiagnosticCodes.ImportUnknownArea, "the area's name is empty.", "Fill in the area's name as Ofsted writes it.");
            return null;
        }
        var match = names.Find(name);
        if (match.Single is { } area)
        {
            return InspectedArea.Of(area);
        }
        if (abolishedByName.TryGetValue(AreaNames.Normalise(name), out var old) && allowAbolished)
        {
            return InspectedArea.Of(old);
        }
        if (match.Candidates.Count == 0)
        {
            var codeNote = code.Length > 0 ? $"no area in areas.yml has the code '{code}', and " : "";
            cells.Error(nameColumn, DiagnosticCodes.ImportUnknownArea,
                $"{codeNote}no area in areas.yml is called '{name}' (by its name, official name, aliases or former names).",
                "Check the spelling against areas.yml; if Ofsted uses another spelling of a known area, add it to that area's aliases.");
            return null;
        }
        var candidates = string.Join("; ", match.Candidates.Select(c => $"{c.Area.Name} ({c.Area.Slug}, known as '{c.MatchedName}')"));
        cells.Error(nameColumn, DiagnosticCodes.ImportAmbiguousArea,
            $"'{name}' could mean more than one area: {candidates}.",
            "The name belonged to an area that was split or merged, and Ofsted does not carry outcomes over: check which area the report is about and give it that area's current name.");
        return null;
    }

    private static InspectedArea? Allowed(InspectedArea found, RowCells cells, SheetColumn codeColumn, bool allowAbolished)
    {
        if (found.Current is not null || allowAbolished)
        {
            return found;
        }
        cells.Error(codeColumn, DiagnosticCodes.ImportAmbiguousArea,
            $"'{found.Code}' is the code of {found.Name}, which no longer exists (areas.yml, abolished); it was replaced by {string.Join(", ", found.Areas)}.",
            "A 2023-framework report belongs to the area inspected: check which current area the report is about and give its code.");
        return null;
    }

    private static Dictionary<string, InspectedArea> CodesOf(IReadOnlyList<Area> areas, IReadOnlyList<AbolishedArea> abolished)
    {
        var codes = new Dictionary<string, InspectedArea>(StringComparer.Ordinal);
        foreach (var old in abolished)
        {
            codes[old.Code.ToUpperInvariant()] = InspectedArea.Of(old);
        }
        foreach (var area in areas)
        {
            foreach (var former in area.FormerNames.Where(f => f.Code is not null))
            {
                codes.TryAdd(former.Code!.ToUpperInvariant(), new InspectedArea(former.Code!, former.Name, [area.Slug], null));
            }
        }
        foreach (var area in areas)
        {
            codes[area.Code.ToUpperInvariant()] = InspectedArea.Of(area); // a current code always means the current area
        }
        return codes;
    }
}
