// The area finder: turns each [data-area-finder] block (hidden in the HTML, so nothing that cannot work is
// shown without JavaScript) into alphagov's accessible-autocomplete combobox over /areas/finder.json.
// Choosing a suggestion, or pressing Enter when what was typed can only mean one area, opens its page.
import { describe, onlyChoice, search } from './area-finder-match.js'

const maxResults = 10

function escapeHtml (text) {
  return text.replace(/[&<>"']/g, character => `&#${character.charCodeAt(0)};`)
}

async function start (block) {
  const autocomplete = window.accessibleAutocomplete
  if (typeof autocomplete !== 'function') return
  const indexUrl = new URL(block.dataset.index, document.baseURI)
  const siteRoot = new URL(block.dataset.root, document.baseURI)
  const response = await fetch(indexUrl)
  if (!response.ok) return
  const index = await response.json()

  const label = block.querySelector('label')
  const hint = block.querySelector('.govuk-hint')
  const id = block.dataset.inputId
  const go = result => window.location.assign(new URL(result.url, siteRoot).href)

  autocomplete({
    element: block.querySelector('[data-area-finder-control]'),
    id,
    name: '',
    minLength: 2,
    // Enter or a click chooses; moving away never does, so leaving the box never changes page.
    autoselect: false,
    confirmOnBlur: false,
    displayMenu: 'inline',
    source: (query, show) => show(search(index, query, maxResults)),
    templates: {
      inputValue: result => (result ? result.name : ''),
      // Names come from local areas' files: shown as text, never as markup.
      suggestion: result => (result ? escapeHtml(typeof result === 'string' ? result : describe(result)) : '')
    },
    onConfirm: result => { if (result) go(result) },
    tNoResults: () => 'No area found. Check the spelling, or browse all areas from A to Z.',
    tStatusNoResults: () => 'No area found',
    // The component points aria-describedby at this text while the box is empty, replacing the page's own
    // hint, so the hint is said here too.
    tAssistiveHint: () => `${hint.textContent.trim()}. When suggestions appear, use the up and down arrows to review them and Enter to choose one.`
  })

  const input = document.getElementById(id)
  const message = block.querySelector('[data-area-finder-message]')
  label.htmlFor = id
  input.addEventListener('input', () => { message.textContent = '' })
  input.addEventListener('keydown', event => {
    // Enter with no suggestion highlighted: go straight to the page if what was typed can only mean one area;
    // otherwise say so, in words and in the status region, rather than doing nothing.
    if (event.key !== 'Enter' || input.getAttribute('aria-activedescendant')) return
    const results = search(index, input.value)
    const choice = onlyChoice(results)
    event.preventDefault()
    if (choice) {
      go(choice)
    } else if (results.length > 1) {
      message.textContent = `${results.length} areas match. Use the down arrow to choose one from the list, then press Enter.`
    } else if (input.value.trim().length > 0) {
      message.textContent = 'No area found. Check the spelling, or browse all areas from A to Z.'
    } else {
      message.textContent = 'Type the name of your area or council first.'
    }
  })
  block.hidden = false
}

for (const block of document.querySelectorAll('[data-area-finder]')) {
  start(block).catch(() => {
    // The A to Z list beside the finder still leads to every area.
  })
}
