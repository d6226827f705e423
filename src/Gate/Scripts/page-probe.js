// Installed on a page by PageProbe (src/Gate/PageProbe.cs). For the keyboard checks it records how every focusable
// element looks before anything has focus, then, after each Tab the gate presses, says which element has focus
// and whether its look changed: a change of outline, box-shadow, background, colour, border or underline on the
// element or its ::before/::after is taken as a visible focus indicator. For the reflow check it names the
// elements that stick out past the viewport's right edge.
() => {
  const focusable = [
    'a[href]', 'area[href]', 'button', 'input:not([type="hidden"])', 'select', 'textarea', 'summary', 'iframe',
    '[contenteditable=""]', '[contenteditable="true"]', '[tabindex]',
  ].join(',');
  const lookProperties = [
    'outline-style', 'outline-width', 'outline-color', 'outline-offset', 'box-shadow', 'background-color',
    'background-image', 'color', 'border-top-color', 'border-right-color', 'border-bottom-color',
    'border-left-color', 'border-bottom-width', 'text-decoration-line', 'text-decoration-thickness',
    'text-decoration-color', 'clip', 'clip-path', 'position',
  ];

  const look = (element) => ['', '::before', '::after'].map((pseudo) => {
    const style = getComputedStyle(element, pseudo || null);
    return lookProperties.map((name) => style.getPropertyValue(name)).join('|');
  }).join('||');

  const cssPath = (element) => {
    const parts = [];
    for (let node = element; node && node.nodeType === Node.ELEMENT_NODE; node = node.parentElement) {
      if (node.id && document.querySelectorAll('#' + CSS.escape(node.id)).length === 1) {
        parts.unshift('#' + CSS.escape(node.id));
        break;
      }
      const tag = node.localName;
      const parent = node.parentElement;
      if (!parent) {
        parts.unshift(tag);
        break;
      }
      const sameTag = Array.from(parent.children).filter((child) => child.localName === tag);
      parts.unshift(sameTag.length > 1 ? `${tag}:nth-of-type(${sameTag.indexOf(node) + 1})` : tag);
    }
    return parts.join(' > ');
  };

  // Radio buttons of one group are a single Tab stop (arrow keys move within the group).
  const keyOf = (element) => element.localName === 'input' && element.type === 'radio' && element.name
    ? `input[type="radio"][name="${element.name}"]`
    : cssPath(element);

  const isShown = (element) => {
    const style = getComputedStyle(element);
    return element.getClientRects().length > 0 && style.visibility !== 'hidden' && !element.closest('[inert]');
  };

  const expectsTab = (element) => element.tabIndex >= 0 && !element.disabled && isShown(element);

  const deepActive = () => {
    let active = document.activeElement;
    while (active && active.shadowRoot && active.shadowRoot.activeElement) {
      active = active.shadowRoot.activeElement;
    }
    return active === document.body || active === document.documentElement ? null : active;
  };

  const baseline = new Map();
  const expected = [];
  // For a Tab walk sent as many presses at once: where focus was as each Tab went down, so after the last press
  // the step of every press can be read back in one call (each press's step is the next press's sample).
  const tabSamples = [];
  let recordingTabs = false;

  window.__sendSiteGate = {
    start() {
      if (document.activeElement && document.activeElement !== document.body) {
        document.activeElement.blur();
      }
      baseline.clear();
      expected.length = 0;
      const seen = new Set();
      for (const element of document.querySelectorAll(focusable)) {
        baseline.set(element, look(element));
        if (expectsTab(element)) {
          const key = keyOf(element);
          if (!seen.has(key)) {
            seen.add(key);
            expected.push(key);
          }
        }
      }
      return expected;
    },

    step() {
      const element = deepActive();
      if (!element) {
        return { key: '', changedLook: true };
      }
      const before = baseline.get(element);
      return { key: keyOf(element), changedLook: before === undefined || before !== look(element) };
    },

    recordTabs() {
      tabSamples.length = 0;
      if (!recordingTabs) {
        recordingTabs = true;
        // Capture on window: runs before any handler of the page, which may stop the event or move focus itself.
        window.addEventListener('keydown', (event) => {
          if (event.key === 'Tab') {
            tabSamples.push(this.step());
          }
        }, true);
      }
    },

    // The steps of the presses since the last call: the first sample is where focus was before them.
    takeTabSteps() {
      const pressed = tabSamples.length;
      const steps = tabSamples.slice(1);
      steps.push(this.step());
      tabSamples.length = 0;
      return { pressed, steps };
    },

    focusedSkipLink() {
      const element = deepActive();
      if (!element) {
        return { key: '', isSkipLink: false, targetId: '' };
      }
      const isSkipLink = element.matches('a.govuk-skip-link, a[href^="#"]');
      const href = element.getAttribute('href') || '';
      return { key: keyOf(element), isSkipLink, targetId: isSkipLink ? decodeURIComponent(href.slice(1)) : '' };
    },

    // 0: target missing; 1: target is not the main content; 2: fine.
    skipTargetState(id) {
      const target = document.getElementById(id);
      const main = document.querySelector('main');
      if (!target) {
        return 0;
      }
      return main && (target === main || main.contains(target) || target.contains(main)) ? 2 : 1;
    },

    // After the skip link is followed: focus is on or inside the target, or (after one more Tab) somewhere
    // after the target's start, which is what a keyboard user needs: the header's links are behind them.
    focusIsPastSkipTarget(id) {
      const target = document.getElementById(id);
      const element = deepActive();
      if (!target || !element) {
        return false;
      }
      return target === element || target.contains(element)
        || Boolean(target.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING);
    },

    // Where the next Tab starts from, back at the top of the page as after a fresh load: following the skip link left
    // it at the main content. Focusing an element moves that point to it; taking the element out again leaves the
    // point where the element was, before everything else in the body. Returns whether nothing has focus after.
    resetFocusStart() {
      const marker = document.createElement('span');
      marker.tabIndex = -1;
      document.body.prepend(marker);
      marker.focus({ preventScroll: true });
      marker.remove();
      return deepActive() === null;
    },

    // The outermost elements wider than the viewport: the ones to fix (their descendants follow them out).
    overflow() {
      const root = document.documentElement;
      const width = root.clientWidth;
      const culprits = [];
      for (const element of document.body ? document.body.querySelectorAll('*') : []) {
        const sticksOut = element.getBoundingClientRect().right > width + 1;
        const parent = element.parentElement;
        const parentSticksOut = parent && parent !== document.body && parent.getBoundingClientRect().right > width + 1;
        if (sticksOut && !parentSticksOut && culprits.length < 5) {
          culprits.push(cssPath(element));
        }
      }
      return { scrollWidth: root.scrollWidth, clientWidth: width, culprits };
    },
  };
  return true;
}
