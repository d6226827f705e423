// Starts GOV.UK Frontend's components (skip link focus, the service navigation's menu button) and the site's own.
import { initAll } from './govuk-frontend.min.js';
import { initCitations } from './citation.js';
import { initCodeCopy } from './code-copy.js';

initAll();
initCitations();
initCodeCopy();
