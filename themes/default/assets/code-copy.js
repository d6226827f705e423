// Copy buttons for the text blocks of content pages (the plan template of the guide for local areas, for one).
// Without JavaScript, or without a clipboard, a block stays what it always is: plain text in <pre><code> that
// can be selected and copied by hand. The button and its status line are added here, never written in the page,
// so no page offers a button that cannot work.
export function initCodeCopy(root = document) {
  if (!navigator.clipboard || !window.isSecureContext) {
    return;
  }
  for (const block of root.querySelectorAll('[data-template="page"] .app-prose pre')) {
    const code = block.querySelector('code') ?? block;
    const controls = document.createElement('div');
    controls.className = 'app-code-copy';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'govuk-button govuk-button--secondary app-code-copy__button';
    button.textContent = 'Copy';
    const hidden = document.createElement('span');
    hidden.className = 'govuk-visually-hidden';
    hidden.textContent = ' the text above';
    button.append(hidden);
    // A polite live region, in the page before anything is said in it, so screen readers announce "Copied".
    const status = document.createElement('p');
    status.className = 'govuk-body-s app-code-copy__status';
    status.setAttribute('role', 'status');
    button.addEventListener('click', async () => {
      status.textContent = '';
      try {
        await navigator.clipboard.writeText(code.textContent);
        status.textContent = 'Copied';
      } catch {
        status.textContent = 'Could not copy. Select the text above and copy it instead.';
      }
    });
    controls.append(button, status);
    block.after(controls);
  }
}
