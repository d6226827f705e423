namespace SendSite.Domain.Content;

/// <summary>The field an inspector inspects: area SEND teams mix education, health and social care inspectors.</summary>
public enum InspectionDiscipline
{
    Education,
    Health,
    SocialCare,
}
