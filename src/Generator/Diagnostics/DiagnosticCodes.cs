namespace SendSite.Diagnostics;

/// <summary>
/// Every diagnostic code in one place. Codes never change meaning once published: documentation, CI
/// annotations and people's bookmarks refer to them. SEND1xx: files and syntax; SEND2xx: schema;
/// SEND3xx: references between files (SEND312-319: merged and split areas); SEND4xx: domain rules;
/// SEND5xx: dates and deadlines; SEND601-609: the manifest of published URLs;
/// SEND7xx: `import` of Ofsted's management information (the CSV, its rows and the files they become).
/// </summary>
public static class DiagnosticCodes
{
    public const string UnreadableFile = "SEND101";
    public const string MissingFrontMatter = "SEND102";
    public const string YamlSyntax = "SEND103";
    public const string BadFileName = "SEND104";
    public const string MissingFile = "SEND105";
    public const string UnsafePath = "SEND106";
    public const string UnsafeLink = "SEND107";
    public const string RawHtml = "SEND108";
    public const string ImageWithoutAlt = "SEND109";
    public const string TopLevelHeadingInBody = "SEND110";
    public const string SkippedHeadingLevel = "SEND111";
    /// <summary>Markdown nested deeper than <c>NestingLimit.MostLevels</c> (quotes, lists, brackets, emphasis).</summary>
    public const string NestedTooDeep = "SEND115";
    /// <summary>A control character (such as an ANSI escape) in a YAML value.</summary>
    public const string ControlCharacter = "SEND116";
    /// <summary>A YAML tag other than the standard scalar ones (e.g. !!binary, !python/object).</summary>
    public const string YamlTag = "SEND117";
    public const string NotUtf8 = "SEND112"; // a file whose bytes are not UTF-8 (Windows-1252 from Word, UTF-16)

    // SEND118-124: an image file a body shows (Rendering/Markdown/Images), found from the Markdown file's folder.
    /// <summary>No file at the path the image names (the message says where it looked, and any name differing only in letter case).</summary>
    public const string ImageFileMissing = "SEND118";
    /// <summary>The image's file is outside the input folder, by ../ or through a link.</summary>
    public const string ImageOutsideInput = "SEND119";
    /// <summary>The image names a folder, an empty file or something else that is not an ordinary file.</summary>
    public const string ImageNotAFile = "SEND120";
    /// <summary>The image's file is not PNG, JPEG, GIF or WebP by its extension (SVG is refused: it can carry scripts).</summary>
    public const string ImageFormatNotAllowed = "SEND121";
    /// <summary>The image's bytes are not the format its extension says (an HTML page named .png).</summary>
    public const string ImageContentMismatch = "SEND122";
    /// <summary>The image's file is larger than the limit (ImageFormats.MostBytes).</summary>
    public const string ImageTooLarge = "SEND123";
    /// <summary>Text that is not a file of the input folder (an issue form's answer) shows an image file: there is no file to show.</summary>
    public const string ImageFileUnavailable = "SEND124";

    // SEND125-128: a body's link to another file of the input folder (Rendering/Markdown/Pages), found from the
    // Markdown file's folder as GitHub finds it, and written as the address of the page that file publishes.
    /// <summary>No Markdown file at the path the link names (the message says where it looked, and any name differing only in letter case).</summary>
    public const string LinkedFileMissing = "SEND125";
    /// <summary>The linked file is outside the input folder, by ../ or through a link.</summary>
    public const string LinkedFileOutsideInput = "SEND126";
    /// <summary>
    /// The linked file publishes no page: not a report, plan or page, not published at the build's time (a draft, an
    /// embargo), or a file of another kind (a PDF). The message never names what an unpublished file holds.
    /// </summary>
    public const string LinkedFileNotPublished = "SEND127";
    /// <summary>Text that is not a file of the input folder (an issue form's answer) links to a Markdown file: there is no folder to find it from.</summary>
    public const string LinkedFileUnavailable = "SEND128";

    public const string RequiredField = "SEND201";
    public const string UnknownField = "SEND202";
    public const string WrongType = "SEND203";
    public const string NotAllowedValue = "SEND204";
    public const string BadFormat = "SEND205";
    public const string BadDate = "SEND206";
    public const string TooFew = "SEND207";
    public const string TooShort = "SEND208";
    public const string OutOfRange = "SEND209";

    public const string UnknownArea = "SEND301";
    public const string WrongFolder = "SEND302";
    public const string DuplicateSlug = "SEND303";
    public const string DuplicateCode = "SEND304";
    public const string UnknownReport = "SEND305";
    public const string DuplicateName = "SEND306";
    public const string FileNameMismatch = "SEND307";
    public const string AmbiguousReport = "SEND308"; // responds_to could mean more than one report

    // SEND312-319: areas that were merged or split, and the reports and plans of the areas they replaced.
    public const string SplitWithoutDate = "SEND312";
    public const string SplitDatesDiffer = "SEND313";
    public const string SplitNamesDiffer = "SEND314"; // the name or the code
    public const string UnknownFormerArea = "SEND315";
    public const string FormerAreaIdClash = "SEND316";
    public const string FormerSlugRepeated = "SEND317";

    // SEND320-329: who owns what (.github/CODEOWNERS).
    public const string CodeOwnersOutOfDate = "SEND320";
    public const string CodeOwnersMissing = "SEND321";
    public const string NoPublisherOwners = "SEND322";
    public const string IssueFormOutOfDate = "SEND323";
    public const string IssueFormMissing = "SEND324";

    // References from thematic reports and report fields (SEND330-SEND339).
    public const string UnknownVisitedArea = "SEND330";
    public const string RepeatedVisitedArea = "SEND331";
    public const string UnknownAlternativeProvisionSection = "SEND332";
    public const string UnknownEarlierInspectionArea = "SEND333";
    public const string RepeatedEarlierInspection = "SEND334";

    public const string OutcomeOnMonitoring = "SEND401";
    public const string MissingOutcome = "SEND402";
    public const string PriorityActionsWithoutFailings = "SEND403";
    public const string MissingPriorityActions = "SEND404";
    public const string PriorityActionNumbering = "SEND405";
    public const string FindingWithoutPriorityAction = "SEND406";
    public const string MonitoringWithoutFailings = "SEND407";
    public const string FindingsOnFullInspection = "SEND408";
    public const string PriorityActionPlanWithoutFailings = "SEND409";
    public const string MissingFinding = "SEND410";
    public const string FollowsOnFullInspection = "SEND411";
    // SEND412 (an imported report without its link) is retired: a CSV export of Ofsted's file loses the links.
    public const string MissingPriorityActionCount = "SEND413";
    public const string PriorityActionCountMismatch = "SEND414";
    public const string TwoLeadInspectors = "SEND415";
    public const string ImportedReportNotFull = "SEND416";
    public const string PlaceholderText = "SEND417";

    public const string DateOrder = "SEND501";
    public const string PlanLate = "SEND502";
    public const string CalendarNotCovered = "SEND503";
    public const string PlanNotSubmitted = "SEND504";
    public const string PlanBeforeReport = "SEND505";

    // SEND601-609: input/published-urls.txt, the promise that published addresses keep working.
    public const string PublishedUrlGone = "SEND601";
    public const string ManifestBadLine = "SEND602";
    public const string ManifestDuplicate = "SEND603";


    // `import` (SEND701-SEND719): a new range, because these point at rows of a CSV or ODS file, not at input/.
    public const string ImportUnreadableFile = "SEND701";
    public const string ImportMalformedCsv = "SEND702";
    public const string ImportMissingColumn = "SEND703";
    public const string ImportUnknownArea = "SEND704";
    public const string ImportAmbiguousArea = "SEND705";
    public const string ImportBadDate = "SEND706";
    public const string ImportUnknownOutcome = "SEND707";
    public const string ImportBadNumber = "SEND708";
    public const string ImportDuplicateRow = "SEND709";
    public const string ImportInconsistentRow = "SEND710";
    public const string ImportBadLink = "SEND711";
    public const string ImportNoRows = "SEND712";
    public const string ImportInputInvalid = "SEND713";
    public const string ImportRegionDiffers = "SEND714";
    public const string ImportNotSpreadsheet = "SEND715";
    public const string ImportNoAddress = "SEND716";
    public const string ImportBadAnswer = "SEND717";
}
