// The search page works as a plain GET form; this script only makes it quicker to use: a filter or the sort order
// applies as soon as it changes, empty fields stay out of the (shareable) URL, and the results say they are loading.
const form = document.querySelector('form[data-search]');
if (form) {
  const apply = form.querySelector('[data-apply-filters]');
  if (apply) apply.hidden = true;

  // On a narrow screen the filters start folded (unless one has a problem to fix), so the results are not pushed
  // below a screenful of checkboxes; the button says how many are in use.
  const toggle = form.querySelector('[data-refine-toggle]');
  const body = form.querySelector('[data-refine-body]');
  if (toggle && body) {
    const narrow = window.matchMedia('(max-width: 52rem)');
    const inUse = document.querySelectorAll('.active-filters .chip').length;
    const show = open => {
      body.hidden = !open;
      toggle.setAttribute('aria-expanded', String(open));
      toggle.textContent = open ? 'Hide filters' : (inUse > 0 ? `Show filters (${inUse} in use)` : 'Show filters');
    };
    const fit = () => {
      toggle.hidden = !narrow.matches;
      show(!narrow.matches || body.querySelector('[aria-invalid=true]') !== null);
    };
    toggle.addEventListener('click', () => show(body.hidden));
    narrow.addEventListener('change', fit);
    fit();
  }

  form.addEventListener('change', event => {
    if (event.target.matches('[data-auto-submit]')) {
      form.requestSubmit();
    }
  });

  form.addEventListener('submit', () => {
    // A different search starts on its first page; blanks would only clutter the address.
    for (const input of form.querySelectorAll('input[name], select[name]')) {
      const blank = input.value.trim() === '' || (input.name === 'sort' && input.value === 'relevance');
      if (blank && (input.type !== 'radio' || input.checked)) input.disabled = true;
    }
    const results = document.querySelector('.search-results');
    if (results) {
      results.setAttribute('aria-busy', 'true');
      results.classList.add('loading');
    }
  });

  // Coming back with the browser's Back button restores the page as it was left: enable the fields again.
  window.addEventListener('pageshow', () => {
    form.querySelectorAll('[disabled]').forEach(input => { input.disabled = false; });
    document.querySelector('.search-results')?.removeAttribute('aria-busy');
    document.querySelector('.search-results')?.classList.remove('loading');
  });
}
