// The search page: GOV.UK-styled full-text search over every published report and plan, using Pagefind's
// JavaScript API and the index the build writes under /search/pagefind/ (and, for a large site, the shards
// beside it that data-merge-bundles names, merged into one search). Without JavaScript the page explains
// that search needs it and links to the A to Z list of areas; this script swaps that for the form.

const PAGE_SIZE = 10;
const SECTIONS_PER_RESULT = 3;
// The filters the site writes (data-pagefind-filter on report and plan pages), in the order people choose by.
// A filter not named here still appears, after these, named from its key: new filters need no change here.
const FILTER_LABELS = new Map([
  ['type', 'Document type'],
  ['outcome', 'Outcome'],
  ['framework', 'Inspection framework'],
  ['region', 'Region'],
  ['area', 'Area'],
]);
// Groups with more values than this start folded, so a long list of areas does not push the results away.
const OPEN_GROUP_LIMIT = 8;
const QUERY_PARAMETER = 'q';
// GOV.UK Frontend's tablet breakpoint: below it the filters fold behind a button, so on a phone the first result
// comes straight after the count instead of a screen of checkboxes.
const NARROW = window.matchMedia('(max-width: 40.0525em)');

const root = document.getElementById('search');
const form = root.querySelector('form');
const input = document.getElementById('search-query');
const filtersBox = document.getElementById('search-filters');
const status = document.getElementById('search-status');
const list = document.getElementById('search-results');
const more = document.getElementById('search-more');
const filterPanel = document.getElementById('search-filter-panel');
const filterToggle = document.getElementById('search-filter-toggle');
const siteRoot = new URL(root.dataset.siteRoot, document.baseURI);
// Values listed in an order of their own (outcomes best to worst, frameworks newest first), written by the build.
const VALUE_ORDER = JSON.parse(root.dataset.filterOrder || '{}');

let pagefind = null;
// Fetched with Pagefind, shown with the first results: the page does not change under a keyboard or screen
// reader user (or the gate's Tab walk) until they search.
let availableFilters = null;
let filtersShown = false;
let filterKeys = [];
let current = { results: [], shown: 0 };
// Whether a person opened the folded filters; wide screens always show them.
let filtersOpen = false;
// Each search gets a number; an answer that arrives after a newer search started is dropped.
let latestSearch = 0;

document.getElementById('search-without-javascript').hidden = true;
root.hidden = false;

function setState(state) {
  root.dataset.state = state;
}

function label(key) {
  if (FILTER_LABELS.has(key)) {
    return FILTER_LABELS.get(key);
  }
  const words = key.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function orderedKeys(keys) {
  const known = [...FILTER_LABELS.keys()].filter((key) => keys.includes(key));
  const others = keys.filter((key) => !FILTER_LABELS.has(key)).sort(compareText);
  return [...known, ...others];
}

function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// A filter's values: those with an order of their own in that order, then any others alphabetically.
function orderedValues(key, values) {
  const order = VALUE_ORDER[key] ?? [];
  const known = order.filter((value) => values.includes(value));
  const others = values.filter((value) => !order.includes(value)).sort(compareText);
  return [...known, ...others];
}

function chosenCount() {
  return filtersBox.querySelectorAll('input[type=checkbox]:checked').length;
}

// Folded behind the button on a narrow screen until opened; always open on a wider one. The button says how many
// filters are chosen, so a folded panel never hides that results are narrowed.
function showFold() {
  const hasFilters = filtersShown && filterKeys.length > 0;
  const folded = hasFilters && NARROW.matches;
  filterToggle.hidden = !folded;
  filterPanel.hidden = !hasFilters || (folded && !filtersOpen);
  filterToggle.setAttribute('aria-expanded', String(!filterPanel.hidden));
  const chosen = chosenCount();
  filterToggle.textContent = chosen === 0 ? 'Filter results' : `Filter results (${chosen} chosen)`;
}

// Each value shows how many results it would give: of all pages before a search, then of the current search.
function showCounts(counts) {
  for (const box of filtersBox.querySelectorAll('input[type=checkbox]')) {
    const count = counts?.[box.name]?.[box.value] ?? 0;
    const label = filtersBox.querySelector(`label[for="${box.id}"] .app-search__count`);
    if (label) {
      label.textContent = ` (${count})`;
    }
  }
}

function element(name, attributes = {}, ...children) {
  const node = document.createElement(name);
  for (const [key, value] of Object.entries(attributes)) {
    if (value !== undefined && value !== null && value !== false) {
      node.setAttribute(key, value === true ? '' : value);
    }
  }
  for (const child of children) {
    node.append(child);
  }
  return node;
}

async function showFilters() {
  if (filtersShown) {
    return;
  }
  filtersShown = true;
  const available = await availableFilters;
  buildFilters(available);
  showCounts(available);
  showFold();
}

function buildFilters(available) {
  filterKeys = orderedKeys(Object.keys(available));
  filtersBox.replaceChildren();
  filterKeys.forEach((key, groupIndex) => {
    const values = orderedValues(key, Object.keys(available[key]));
    if (values.length === 0) {
      return;
    }
    const checkboxes = element('div', { class: 'govuk-checkboxes govuk-checkboxes--small', 'data-module': 'govuk-checkboxes' });
    values.forEach((value, valueIndex) => {
      const id = `filter-${groupIndex}-${valueIndex}`;
      checkboxes.append(element('div', { class: 'govuk-checkboxes__item' },
        element('input', { class: 'govuk-checkboxes__input', id, name: key, type: 'checkbox', value }),
        element('label', { class: 'govuk-label govuk-checkboxes__label', for: id }, value, element('span', { class: 'app-search__count' }))));
    });
    // Inside a details element the summary shows the name, so the legend is there for screen readers only.
    const fieldset = element('fieldset', { class: 'govuk-fieldset' },
      element('legend', { class: values.length > OPEN_GROUP_LIMIT ? 'govuk-visually-hidden' : 'govuk-fieldset__legend govuk-fieldset__legend--s' }, label(key)),
      checkboxes);
    if (values.length > OPEN_GROUP_LIMIT) {
      const content = element('div', { class: 'govuk-details__text' }, fieldset);
      const details = element('details', { class: 'govuk-details app-search__filter-group' },
        element('summary', { class: 'govuk-details__summary' }, element('span', { class: 'govuk-details__summary-text' }, label(key))),
        content);
      // Chromium lays out a closed details element's content without showing it; hiding it as well keeps its
      // checkboxes out of every count of what a keyboard can reach until the group is opened.
      content.hidden = true;
      details.addEventListener('toggle', () => {
        content.hidden = !details.open;
      });
      filtersBox.append(details);
    } else {
      filtersBox.append(element('div', { class: 'govuk-form-group app-search__filter-group' }, fieldset));
    }
  });
}

// The state lives in the address (?q=...&area=...), so results can be shared and the back button works.
function readAddress() {
  const parameters = new URLSearchParams(window.location.search);
  input.value = parameters.get(QUERY_PARAMETER) ?? '';
  for (const box of filtersBox.querySelectorAll('input[type=checkbox]')) {
    box.checked = parameters.getAll(box.name).includes(box.value);
  }
  for (const details of filtersBox.querySelectorAll('details')) {
    if (details.querySelector('input:checked')) {
      details.open = true;
    }
  }
}

function writeAddress(push) {
  const parameters = new URLSearchParams();
  const query = input.value.trim();
  if (query) {
    parameters.set(QUERY_PARAMETER, query);
  }
  for (const box of filtersBox.querySelectorAll('input[type=checkbox]:checked')) {
    parameters.append(box.name, box.value);
  }
  const search = parameters.toString();
  const address = window.location.pathname + (search ? `?${search}` : '');
  if (address !== window.location.pathname + window.location.search) {
    if (push) {
      window.history.pushState(null, '', address);
    } else {
      window.history.replaceState(null, '', address);
    }
  }
}

// Within a filter any ticked value matches; across filters every one must match.
function chosenFilters() {
  const filters = {};
  for (const box of filtersBox.querySelectorAll('input[type=checkbox]:checked')) {
    (filters[box.name] ??= { any: [] }).any.push(box.value);
  }
  return filters;
}

function describeFilters(filters) {
  const parts = Object.entries(filters).map(([key, condition]) => `${label(key).toLowerCase()}: ${condition.any.join(' or ')}`);
  return parts.length ? `, filtered by ${parts.join('; ')}` : '';
}

async function runSearch() {
  const query = input.value.trim();
  const number = ++latestSearch;
  list.replaceChildren();
  more.hidden = true;
  if (!query) {
    current = { results: [], shown: 0 };
    status.textContent = 'Enter one or more words to search for.';
    setState('ready');
    return;
  }
  setState('searching');
  const filters = chosenFilters();
  const answer = await pagefind.search(query, { filters });
  if (number !== latestSearch) {
    return;
  }
  current = { results: answer.results, shown: 0 };
  showCounts(answer.filters);
  const count = answer.results.length;
  const counted = count === 1 ? '1 result' : `${count} results`;
  await showMore(number);
  if (number !== latestSearch) {
    return;
  }
  status.textContent = count === 0
    ? `No results for ‘${query}’${describeFilters(filters)}. Check the spelling, use fewer words or remove a filter.`
    : `${counted} for ‘${query}’${describeFilters(filters)}`;
  setState('done');
}

async function showMore(number) {
  const next = current.results.slice(current.shown, current.shown + PAGE_SIZE);
  const data = await Promise.all(next.map((result) => result.data()));
  if (number !== latestSearch) {
    return;
  }
  const firstNew = current.shown;
  for (const item of data) {
    list.append(resultItem(item));
  }
  current.shown += data.length;
  more.hidden = current.shown >= current.results.length;
  return firstNew;
}

// Pagefind gives URLs from the site's root ("/areas/x/reports/y/#outcome"); links on this site are relative,
// so the site works under any path.
function href(url) {
  return new URL(url.replace(/^\/+/, ''), siteRoot).href;
}

// The excerpt is Pagefind's text with <mark> around the matched words. It is parsed without running
// anything, and only its text and its <mark>s are copied: content from local areas never becomes markup.
function excerpt(html) {
  const parsed = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html').body;
  const paragraph = element('p', { class: 'govuk-body app-search__excerpt' });
  for (const node of parsed.firstChild ? parsed.firstChild.childNodes : []) {
    if (node.nodeName === 'MARK') {
      paragraph.append(element('mark', {}, node.textContent));
    } else {
      paragraph.append(node.textContent);
    }
  }
  return paragraph;
}

function sections(item) {
  const withAnchors = (item.sub_results ?? []).filter((sub) => sub.anchor && sub.anchor.id && sub.url.includes('#'));
  const best = [...withAnchors]
    .sort((a, b) => (b.weighted_locations?.length ?? b.locations.length) - (a.weighted_locations?.length ?? a.locations.length))
    .slice(0, SECTIONS_PER_RESULT)
    .sort((a, b) => a.anchor.location - b.anchor.location);
  return best;
}

function resultItem(item) {
  const meta = item.meta ?? {};
  const title = meta.title || item.url;
  const details = [meta.type, meta.area, meta.published ? `published ${meta.published}` : null].filter(Boolean).join(', ');
  const entry = element('li', { class: 'app-search__result' },
    element('h2', { class: 'govuk-heading-s app-search__result-title' },
      element('a', { class: 'govuk-link', href: href(item.url) }, title)));
  if (details) {
    entry.append(element('p', { class: 'govuk-body-s app-secondary-text' }, details));
  }
  entry.append(excerpt(item.excerpt));
  const matching = sections(item);
  if (matching.length) {
    const links = element('ul', { class: 'govuk-list app-search__sections' });
    for (const sub of matching) {
      links.append(element('li', {}, element('a', { class: 'govuk-link', href: href(sub.url) },
        sub.title, element('span', { class: 'govuk-visually-hidden' }, ` in ${title}`))));
    }
    entry.append(element('p', { class: 'govuk-body-s app-search__sections-label' }, 'Matching sections:'), links);
  }
  return entry;
}

// Pagefind (its script, WebAssembly engine and index metadata) is fetched only when someone starts to type or
// arrives with a query in the address: visitors who only read the page download none of it.
let loading = null;

function loadPagefind() {
  loading ??= (async () => {
    try {
      const module = await import(new URL(root.dataset.bundle, document.baseURI).href);
      const options = { baseUrl: '/', excerptLength: 30 };
      await module.options(options);
      // A large site's index is built in parts (shards of whole areas) that the build names here; merged into
      // the first, one search covers every part, and filters count and match across them all.
      const shards = (root.dataset.mergeBundles ?? '').split(' ').filter(Boolean);
      await Promise.all(shards.map((folder) => module.mergeIndex(new URL(folder, document.baseURI).href, options)));
      availableFilters = module.filters();
      pagefind = module;
    } catch (error) {
      status.textContent = 'Search is not working at the moment. You can still find your area in the list from A to Z.';
      document.getElementById('search-without-javascript').hidden = false;
      // The box goes; the status line (in the form) stays to say why.
      input.closest('.govuk-form-group').hidden = true;
      setState('error');
      throw error;
    }
  })();
  return loading;
}

async function start() {
  setState('ready');
  if (window.location.search) {
    await loadPagefind();
    await showFilters();
    readAddress();
    showFold();
    if (input.value.trim()) {
      await runSearch();
    }
  }
}

input.addEventListener('input', () => {
  loadPagefind().catch(() => {});
}, { once: true });

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  await loadPagefind();
  await showFilters();
  writeAddress(true);
  runSearch();
});

filtersBox.addEventListener('change', () => {
  showFold();
  if (!pagefind) {
    return;
  }
  writeAddress(false);
  if (input.value.trim()) {
    runSearch();
  }
});

filterToggle.addEventListener('click', () => {
  filtersOpen = filterPanel.hidden;
  showFold();
});

NARROW.addEventListener('change', showFold);

more.addEventListener('click', async () => {
  const number = latestSearch;
  const firstNew = await showMore(number);
  // Focus the first new result, so keyboard and screen reader users carry on from where the list grew.
  const link = list.children[firstNew]?.querySelector('a');
  if (link) {
    link.focus();
  }
});

window.addEventListener('popstate', async () => {
  if (pagefind) {
    await showFilters();
    readAddress();
    showFold();
    runSearch();
  }
});

start();
