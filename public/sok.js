/*
 * Starts Pagefind's search UI on /sok/, the only page with JavaScript. Kept in
 * its own file so the page needs no inline script under our CSP. Loaded with
 * defer after /pagefind/pagefind-ui.js. The Swedish wording comes from the
 * page (data-oversattning, from src/strings.sv.json).
 */
(function () {
  var el = document.getElementById('sok');
  if (!el || typeof PagefindUI !== 'function') return; // the explanation without search stays visible
  var translations = {};
  try {
    translations = JSON.parse(el.getAttribute('data-oversattning') || '{}');
  } catch (e) {
    // keep Pagefind's own Swedish
  }
  var ui = new PagefindUI({ element: '#sok', showSubResults: true, showImages: false, translations: translations });
  // /sok/?q=… (the plain search form on the 404 page) starts with that search.
  var q = new URLSearchParams(window.location.search).get('q');
  if (q) ui.triggerSearch(q);
  var fallback = document.getElementById('sok-utan-js');
  if (fallback) fallback.hidden = true;
})();
