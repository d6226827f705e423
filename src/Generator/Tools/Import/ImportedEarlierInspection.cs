using SendSite.Domain.Content;

namespace SendSite.Tools.Import;

/// <summary>One row of the 2016-2022 framework's statistics that passed every check, matched to the area as it was inspected.</summary>
public sealed record ImportedEarlierInspection(
    int Line,
    string Place,
    InspectedArea Area,
    Uri? OfstedPage,
    DateOnly InspectionStart,
    DateOnly Published,
    bool WrittenStatementRequired,
    int? SignificantWeaknesses,
    EarlierRevisit? Revisit);
