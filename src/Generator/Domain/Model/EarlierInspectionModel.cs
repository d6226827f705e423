using SendSite.Domain.Content;

namespace SendSite.Domain.Model;

/// <summary>
/// A published 2016-2022 inspection as one area's page shows it. <see cref="InspectedAsPartOf"/> is the name of
/// the area inspected when that was another (an abolished county, for one of its successors), so the page can
/// say "inspected as part of Cumbria". <see cref="Revisit"/> keeps its finding only once its letter is published.
/// </summary>
public sealed record EarlierInspectionModel(EarlierInspection Inspection, string? InspectedAsPartOf, EarlierRevisit? Revisit);
