// Starts GOV.UK Frontend's components (skip link focus, the service navigation's menu button).
import { initAll } from './govuk-frontend.min.js';

initAll();
