// Marks the page as able to run GOV.UK Frontend's components before they start, as its template does inline.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
