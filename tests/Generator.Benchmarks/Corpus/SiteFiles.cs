namespace SendSite.Benchmarks.Corpus;

/// <summary>site.yml and the content pages of a corpus. The pages the theme links to by address are all here.</summary>
public static class SiteFiles
{
    public const string SiteYaml = """
        # yaml-language-server: $schema=../src/Generator/Schemas/site.schema.json
        title: Area SEND inspections (benchmark corpus)
        base_url: https://example.org/send-benchmark/
        publisher: Sample SEND inspections publisher
        contact_email: send-inspections@example.org
        language: en-GB
        theme: default
        sample_data: true
        sample_notice: Every area, report and plan on this site is made up by a program, to measure how fast the site builds. None of it is real.

        """;

    public static IReadOnlyList<(string Slug, string Text)> Pages { get; } =
    [
        ("about", Page("About this site", "What this benchmark site is.", 1,
            "## What this site is\n\nThis site is made up by a program. It has the same shape as the real site, with many more areas, so that we can measure how fast the site builds.\n\n## Who made it\n\nThe generator's own benchmark wrote every page. No area, report or plan here is real.\n")),
        ("what-the-outcomes-mean", Page("What the outcomes mean", "The three results of a full area SEND inspection, in plain words.", 2,
            "## The three results\n\nEvery full inspection ends with one of three results:\n\n1. typically positive experiences and outcomes\n2. inconsistent experiences and outcomes\n3. widespread and/or systemic failings\n\n## What happens next\n\nAfter widespread and/or systemic failings, the area writes a priority action plan and has a monitoring inspection.\n")),
        ("help", Page("Help and contact", "How to find your area and how to contact us.", 3,
            "## Finding your area\n\nType the name of your area in the area finder on the home page, or use the list of areas.\n\n## Contact us\n\nEmail send-inspections@example.org.\n")),
        ("accessibility-statement", Page("Accessibility statement", "How accessible this site is.", 4,
            "## How accessible this site is\n\nEvery page is checked in a real browser before it is published.\n\n## Reporting a problem\n\nEmail send-inspections@example.org and tell us the page and the problem.\n")),
    ];

    private static string Page(string title, string description, int order, string body) =>
        $"---\n# yaml-language-server: $schema=../../src/Generator/Schemas/page.schema.json\ntitle: {title}\ndescription: {description}\nfooter: true\norder: {order}\n---\n{body}";
}
