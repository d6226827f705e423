namespace SendSite.Domain.Content;

/// <summary>
/// The official words of each outcome (Ofsted/CQC area SEND framework and handbook), Ofsted's short label,
/// the slug used in front matter, and a plain-words summary for parents.
/// </summary>
public static class OutcomeStatements
{
    public static string Slug(InspectionOutcome outcome) => outcome switch
    {
        InspectionOutcome.TypicallyPositive => "typically-positive",
        InspectionOutcome.Inconsistent => "inconsistent",
        _ => "widespread-failings",
    };

    public static InspectionOutcome? FromSlug(string slug) => slug switch
    {
        "typically-positive" => InspectionOutcome.TypicallyPositive,
        "inconsistent" => InspectionOutcome.Inconsistent,
        "widespread-failings" => InspectionOutcome.WidespreadFailings,
        _ => null,
    };

    public static string ShortLabel(InspectionOutcome outcome) => outcome switch
    {
        InspectionOutcome.TypicallyPositive => "Typically positive experiences and outcomes",
        InspectionOutcome.Inconsistent => "Inconsistent experiences and outcomes",
        _ => "Widespread and/or systemic failings",
    };

    public static string Official(InspectionOutcome outcome) => outcome switch
    {
        InspectionOutcome.TypicallyPositive =>
            "The local area partnership's SEND arrangements typically lead to positive experiences and outcomes for children and young people with SEND. The local area partnership is taking action where improvements are needed.",
        InspectionOutcome.Inconsistent =>
            "The local area partnership's arrangements lead to inconsistent experiences and outcomes for children and young people with SEND. The local area partnership must work jointly to make improvements.",
        _ =>
            "There are widespread and/or systemic failings leading to significant concerns about the experiences and outcomes of children and young people with SEND, which the local area partnership must address urgently.",
    };

    public static string PlainWords(InspectionOutcome outcome) => outcome switch
    {
        InspectionOutcome.TypicallyPositive =>
            "Inspectors found that most children and young people with SEND here have good experiences and do well. The area is already working on the things that need to get better.",
        InspectionOutcome.Inconsistent =>
            "Inspectors found that children and young people with SEND here have mixed experiences: good for some, not for others. The council and the NHS must work together to make things better.",
        _ =>
            "Inspectors found serious problems that affect many children and young people with SEND here. The council and the NHS must put them right urgently, and inspectors will come back to check.",
    };
}
