// Citations: fill in the reader's access date (the build never knows it) and offer a "Copy citation" button.
// Without JavaScript the citation is plain text with "[the date you read it]", and the button stays hidden.
const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

export function initCitations(root = document) {
  for (const citation of root.querySelectorAll('[data-module="app-citation"]')) {
    const text = citation.querySelector('[data-citation-text]');
    const accessed = citation.querySelector('[data-citation-accessed]');
    const button = citation.querySelector('[data-citation-copy]');
    const status = citation.querySelector('[data-citation-status]');
    if (!text || !accessed || !button || !status) {
      continue;
    }
    accessed.textContent = dateFormat.format(new Date());
    if (!navigator.clipboard || !window.isSecureContext) {
      continue; // no clipboard here: the text can still be selected and copied by hand
    }
    button.hidden = false;
    button.addEventListener('click', async () => {
      status.textContent = '';
      try {
        await navigator.clipboard.writeText(text.textContent.trim());
        status.textContent = 'Citation copied.';
      } catch {
        status.textContent = 'Could not copy the citation. Select the text above and copy it instead.';
      }
    });
  }
}
