namespace SendSite.Benchmarks.Corpus;

/// <summary>
/// The made-up wording the corpus is built from: sentences in the register of an area SEND inspection report,
/// with slots the composer fills ({area}, {council}, {icb}, {service}, {group}, {setting}, {number},
/// {percent}, {month}). Nothing here is quoted from a real report.
/// </summary>
public static class Phrases
{
    public static readonly string[] Sentences =
    [
        "Leaders in {council} and {icb} have a shared understanding of the strengths and weaknesses of the area.",
        "Many families told inspectors that they waited too long for {service}.",
        "Children and young people with SEND in {area} are usually known well by the staff who work with them.",
        "The parent carer forum is a strong voice, and leaders listen when it raises concerns about {service}.",
        "Some {group} wait more than {number} weeks before they are seen.",
        "Leaders have recently changed how {service} is commissioned, but it is too early to see the difference this makes.",
        "Practitioners in {setting} said they value the training they have received on communication and interaction needs.",
        "About {percent}% of new education, health and care plans were finished within 20 weeks last year.",
        "Leaders know that this is not good enough and have added staff to the assessment team since {month}.",
        "Health advice for plans is usually timely, although social care advice is often missing.",
        "When plans are reviewed, the views of children and young people are not always recorded in their own words.",
        "Families of {group} spoke warmly about the help they receive from {setting}.",
        "Too often, families have to tell their story many times to different professionals.",
        "Leaders use information about the needs of children and young people to plan services, but this information is not always up to date.",
        "The local offer website is easy to find, but some pages have not been checked for many months.",
        "Inspectors saw strong joint working between {setting} and health visitors for young children with complex needs.",
        "Waiting times for {service} have fallen since {month}, but they remain longer than leaders want.",
        "Young people preparing for adult life get helpful advice about work, housing and health from the age of 14.",
        "Too few young people with SEND take up supported internships, and leaders have rightly made this a priority.",
        "Schools say that the advice they receive from the specialist teaching service helps them to meet needs without an EHC plan.",
        "There are not enough specialist places in {area}, so some children travel a long way to school.",
        "The number of children and young people with an EHC plan has grown by {percent}% in three years.",
        "Leaders check the quality of plans each month with parents, and the quality of new plans is improving.",
        "Some {group} are on part-time timetables for too long, and leaders do not always know why.",
        "The designated clinical officer has a clear view of where health services need to improve.",
        "Short breaks are valued by the families who use them, but not every family knows how to apply.",
        "Leaders have improved how they share information between education, health and care.",
        "Inspectors met {number} parents and carers, who described mixed experiences of {service}.",
        "Children who are looked after and have SEND are well supported by the virtual school.",
        "The partnership has not yet checked whether its new ways of working make a difference to families.",
        "Staff in {setting} know how to identify needs early and ask for help when they need it.",
        "Transitions between phases of education are planned carefully for most children.",
        "Families who do not use the internet find it harder to get information about the help available.",
        "Leaders have set clear targets and report progress to the SEND partnership board every quarter.",
        "Workforce shortages in {service} mean that some children do not get the therapy set out in their plans.",
        "Young people told inspectors that they want more say in decisions about the services they use.",
        "The youth forum has helped leaders to rewrite letters so that they are easier to understand.",
        "When needs are identified early, children get help quickly and families feel supported.",
        "Co-production with families is well established in some services but not yet in others.",
        "Leaders have a realistic plan to reduce waiting times for {service} over the next two years.",
    ];

    public static readonly string[] Services =
    [
        "speech and language therapy", "occupational therapy", "autism assessments", "ADHD assessments", "physiotherapy",
        "child and adolescent mental health services", "educational psychology", "EHC needs assessments", "short breaks",
        "specialist teaching advice", "equipment and adaptations", "community paediatrics",
    ];

    public static readonly string[] Groups =
    [
        "children under five", "primary-aged pupils", "secondary-aged pupils", "young people aged 16 to 25",
        "children who are looked after", "children who are electively home educated", "children with complex medical needs",
        "young people in youth justice services", "children who are deaf or have a visual impairment",
    ];

    public static readonly string[] Settings =
    [
        "early years settings", "mainstream primary schools", "mainstream secondary schools", "special schools",
        "further education colleges", "alternative provision", "family hubs", "resourced provisions",
    ];

    public static readonly string[] Months =
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ];

    public static readonly string[] ExperienceHeadings =
    [
        "Early years", "Primary school", "Secondary school", "Preparing for adult life", "Health services",
        "Social care", "Children missing education", "Communication with families", "Assessment and planning",
        "Specialist provision", "Transport and travel", "Mental health and well-being",
    ];

    public static readonly string[] Strengths =
    [
        "Special schools work closely with health professionals.",
        "The parent carer forum is knowledgeable and well respected by leaders.",
        "Health visitors identify needs early and refer children quickly.",
        "The virtual school supports children who are looked after and have SEND well.",
        "Young people's views have shaped the new local offer website.",
        "Supported internships lead to paid work for most young people who complete them.",
        "The short breaks service is flexible and valued by families.",
        "The designated clinical officer has improved the quality of health advice in plans.",
    ];

    public static readonly string[] Actions =
    [
        "reduce the time it takes to complete EHC needs assessments, so that plans are issued within 20 weeks",
        "reduce waiting times for {service} and support families while they wait",
        "know where every child with SEND who is not in full-time education is, and act quickly to return them to school",
        "agree shared priorities with reliable information about the needs of children and young people",
        "make sure that plans describe needs precisely and are reviewed on time",
        "improve the support that mainstream schools receive to meet needs without an EHC plan",
    ];
}
