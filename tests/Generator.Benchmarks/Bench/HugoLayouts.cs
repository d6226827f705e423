namespace SendSite.Benchmarks.Bench;

/// <summary>
/// A minimal Hugo layout with the same page structure as send-site's theme (home, areas A to Z by region, area,
/// report, plan, content page; header, breadcrumbs, footer; GOV.UK class names), written for this comparison.
/// Report and plan pages mark their main content for Pagefind with the same attributes as send-site's theme, so
/// Pagefind over Hugo's pages does the same work as send-site's own search index stage.
/// </summary>
public static class HugoLayouts
{
    public static IReadOnlyList<(string Path, string Text)> Files { get; } =
    [
        ("layouts/_default/baseof.html", """
            <!DOCTYPE html>
            <html lang="en-GB" class="govuk-template">
            <head>
              <meta charset="utf-8">
              <title>{{ if not .IsHome }}{{ .Title }} - {{ end }}{{ .Site.Title }}</title>
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <link rel="canonical" href="{{ .Permalink }}">
            </head>
            <body class="govuk-template__body">
              <a href="#main-content" class="govuk-skip-link">Skip to main content</a>
              <header class="govuk-header" data-pagefind-ignore>
                <div class="govuk-header__container govuk-width-container">
                  <a href="{{ "/" | relURL }}" class="govuk-header__link">{{ .Site.Title }}</a>
                </div>
                <div class="govuk-phase-banner"><p class="govuk-body">{{ .Site.Params.sample_notice }}</p></div>
              </header>
              <div class="govuk-width-container">
                {{ if not .IsHome }}
                <nav class="govuk-breadcrumbs" aria-label="Breadcrumb" data-pagefind-ignore>
                  <ol class="govuk-breadcrumbs__list">
                    {{ range .Ancestors.Reverse }}<li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}
                  </ol>
                </nav>
                {{ end }}
                {{ if or (eq .Type "report") (eq .Type "plan") }}
                <main class="govuk-main-wrapper" id="main-content" data-pagefind-body
                  data-pagefind-filter="area[data-search-area], region[data-search-region], type[data-search-type]{{ with .Params.outcome }}, outcome[data-search-outcome]{{ end }}"
                  data-pagefind-meta="area[data-search-area], type[data-search-type], date[data-search-date], published[data-search-published]"
                  data-pagefind-sort="date[data-search-date]"
                  data-search-area="{{ .Parent.Title }}" data-search-region="{{ .Parent.Params.region }}" data-search-type="{{ .Type }}"{{ with .Params.outcome }} data-search-outcome="{{ . }}"{{ end }}
                  data-search-date="{{ .Date.Format "2006-01-02" }}" data-search-published="{{ .Date.Format "2 January 2006" }}">
                {{ else }}
                <main class="govuk-main-wrapper" id="main-content">
                {{ end }}
                  {{ block "main" . }}{{ end }}
                </main>
              </div>
              {{ partialCached "footer.html" . }}
            </body>
            </html>
            """),
        // The footer is the same on every page but walks every page to find the content pages: rendered once and
        // reused (Hugo's partialCached, as its documentation advises for site-wide partials), not once per page.
        // Its links are root-relative (RelPermalink), so the first page's rendering is right for every page.
        ("layouts/partials/footer.html", """
            <footer class="govuk-footer" data-pagefind-ignore>
              <div class="govuk-width-container">
                <ul class="govuk-footer__inline-list">
                  {{ range where .Site.RegularPages "Type" "page" }}<li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}
                </ul>
                <p class="govuk-body-s">Published by {{ .Site.Params.publisher }}</p>
              </div>
            </footer>
            """),
        ("layouts/index.html", """
            {{ define "main" }}
            <h1 class="govuk-heading-xl">{{ .Site.Title }}</h1>
            <p class="govuk-body">Find your area among {{ with .Site.GetPage "/areas" }}{{ len .Sections }}{{ end }} areas and {{ len (where .Site.RegularPages "Type" "report") }} reports.</p>
            <p class="govuk-body"><a class="govuk-link" href="{{ "/areas/" | relURL }}">Every area, A to Z</a></p>
            <h2 class="govuk-heading-l">Latest reports</h2>
            <ul class="govuk-list">
              {{ range first 10 (where .Site.RegularPages.ByDate.Reverse "Type" "report") }}
              <li><a class="govuk-link" href="{{ .RelPermalink }}">{{ .Title }}</a>, {{ .Date.Format "2 January 2006" }}</li>
              {{ end }}
            </ul>
            {{ end }}
            """),
        ("layouts/arealist/list.html", """
            {{ define "main" }}
            <h1 class="govuk-heading-xl">{{ .Title }}</h1>
            {{ range (.Sections.GroupByParam "region") }}
            <h2 class="govuk-heading-l">{{ .Key }}</h2>
            <ul class="govuk-list">
              {{ range .Pages.ByTitle }}<li><a class="govuk-link" href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}
            </ul>
            {{ end }}
            {{ end }}
            """),
        ("layouts/area/list.html", """
            {{ define "main" }}
            <span class="govuk-caption-xl">{{ .Params.region }}</span>
            <h1 class="govuk-heading-xl">{{ .Title }}</h1>
            <dl class="govuk-summary-list">
              <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Council</dt><dd class="govuk-summary-list__value">{{ .Params.council }}</dd></div>
              <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Integrated care board</dt><dd class="govuk-summary-list__value">{{ .Params.icb }}</dd></div>
            </dl>
            {{ $reports := where .RegularPages "Type" "report" }}
            {{ with index $reports.ByDate.Reverse 0 }}
            <h2 class="govuk-heading-l">Latest outcome</h2>
            <p class="govuk-body"><strong class="govuk-tag">{{ .Params.outcome | default "monitoring" }}</strong> <a class="govuk-link" href="{{ .RelPermalink }}">{{ .Title }}</a></p>
            {{ end }}
            <h2 class="govuk-heading-l">Reports</h2>
            <ul class="govuk-list">
              {{ range $reports.ByDate.Reverse }}<li><a class="govuk-link" href="{{ .RelPermalink }}">{{ .Title }}</a>, {{ .Date.Format "2 January 2006" }}</li>{{ end }}
            </ul>
            <h2 class="govuk-heading-l">Plans</h2>
            <ul class="govuk-list">
              {{ range (where .RegularPages "Type" "plan").ByDate.Reverse }}<li><a class="govuk-link" href="{{ .RelPermalink }}">{{ .Title }}</a>, {{ .Date.Format "2 January 2006" }}</li>{{ end }}
            </ul>
            {{ end }}
            """),
        ("layouts/report/single.html", """
            {{ define "main" }}
            <span class="govuk-caption-xl">{{ .Parent.Title }}</span>
            <h1 class="govuk-heading-xl">{{ .Title }}</h1>
            <dl class="govuk-summary-list">
              <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Inspection</dt><dd class="govuk-summary-list__value">{{ .Params.inspection_start }} to {{ .Params.inspection_end }}</dd></div>
              <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Published</dt><dd class="govuk-summary-list__value">{{ .Date.Format "2 January 2006" }}</dd></div>
            </dl>
            <nav class="govuk-contents" aria-label="Contents" data-pagefind-ignore><h2 class="govuk-heading-s">Contents</h2>{{ .TableOfContents }}</nav>
            {{ with .Params.outcome }}<h2 class="govuk-heading-l" id="outcome">Outcome</h2><p class="govuk-body"><strong class="govuk-tag">{{ . }}</strong></p>{{ end }}
            {{ with .Params.areas_for_priority_action }}
            <h2 class="govuk-heading-l" id="priority-actions">Areas for priority action</h2>
            <ol class="govuk-list govuk-list--number">
              {{ range . }}<li id="priority-action-{{ .number }}">{{ .text }} <span class="govuk-body-s">({{ delimit .responsible ", " }})</span></li>{{ end }}
            </ol>
            {{ end }}
            {{ with .Params.findings }}
            <h2 class="govuk-heading-l" id="findings">Findings</h2>
            <ul class="govuk-list">{{ range . }}<li>Priority action {{ .priority_action }}: {{ .progress }}. {{ .summary }}</li>{{ end }}</ul>
            {{ end }}
            <h2 class="govuk-heading-l" id="areas-for-improvement">Areas for improvement</h2>
            <ol class="govuk-list govuk-list--number">{{ range $i, $e := .Params.areas_for_improvement }}<li id="area-for-improvement-{{ add $i 1 }}">{{ $e }}</li>{{ end }}</ol>
            <div class="govuk-body">{{ .Content }}</div>
            {{ end }}
            """),
        ("layouts/plan/single.html", """
            {{ define "main" }}
            <span class="govuk-caption-xl">{{ .Parent.Title }}</span>
            <h1 class="govuk-heading-xl">{{ .Title }}</h1>
            <p class="govuk-body-l">{{ .Params.summary }}</p>
            <dl class="govuk-summary-list">
              <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Responds to</dt><dd class="govuk-summary-list__value"><a class="govuk-link" href="{{ .Parent.RelPermalink }}reports/{{ .Params.responds_to }}/">{{ .Params.responds_to }}</a></dd></div>
              <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Published</dt><dd class="govuk-summary-list__value">{{ .Date.Format "2 January 2006" }}</dd></div>
            </dl>
            <nav class="govuk-contents" aria-label="Contents" data-pagefind-ignore><h2 class="govuk-heading-s">Contents</h2>{{ .TableOfContents }}</nav>
            <div class="govuk-body">{{ .Content }}</div>
            {{ end }}
            """),
        ("layouts/_default/single.html", """
            {{ define "main" }}
            <h1 class="govuk-heading-xl">{{ .Title }}</h1>
            <div class="govuk-body">{{ .Content }}</div>
            {{ end }}
            """),
        ("layouts/_default/list.html", """
            {{ define "main" }}
            <h1 class="govuk-heading-xl">{{ .Title }}</h1>
            <ul class="govuk-list">{{ range .Pages }}<li><a class="govuk-link" href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>
            {{ end }}
            """),
    ];
}
