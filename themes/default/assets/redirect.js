// Loaded by redirect pages (layouts/redirect.liquid), whose old address may carry a #fragment that names a
// section of the page that moved. A meta refresh drops it; this keeps it. The target is the script element's
// data-target, relative to the redirect page. Without JavaScript the page's <noscript> meta refresh redirects
// instead, to the top of the page.
(() => {
  const target = document.currentScript && document.currentScript.dataset.target;
  if (target) {
    window.location.replace(new URL(target, window.location.href).href.split('#')[0] + window.location.hash);
  }
})();
