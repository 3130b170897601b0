// Bulk import: uploads the file to start a background import, follows its progress, then shows what was
// imported and every row error (row, field, message).
import { api, ApiError, clearErrors, el, showErrors } from './api.js';

const form = document.querySelector('form[data-import]');
if (form) {
  const progressCard = document.querySelector('[data-progress-card]');
  const bar = progressCard.querySelector('[data-progress]');
  const progressText = progressCard.querySelector('[data-progress-text]');
  const report = document.querySelector('[data-report]');
  const start = form.querySelector('[data-start]');
  const finished = ['succeeded', 'rejected', 'failed'];
  const stages = { queued: 'Waiting for another import to finish…', reading: 'Reading the file…', analysing: 'Checking and understanding each job…', saving: 'Saving…' };
  const plural = (n, one, many) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

  const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

  function showProgress(run) {
    bar.max = Math.max(run.total, 1);
    bar.value = run.analysed;
    const counts = run.total > 0 ? ` ${run.analysed.toLocaleString('en-US')} of ${plural(run.total, 'row', 'rows')} checked` : '';
    const invalid = run.invalidRows > 0 ? `, ${plural(run.invalidRows, 'invalid row', 'invalid rows')} so far` : '';
    progressText.textContent = `${stages[run.status] || 'Finishing…'}${counts}${invalid}.`;
  }

  function showErrorRows(errors) {
    const card = report.querySelector('[data-errors-card]');
    card.hidden = errors.length === 0;
    report.querySelector('[data-error-rows]').replaceChildren(...errors.map(e =>
      el('tr', {}, el('td', { class: 'num' }, String(e.row)), el('td', {}, el('code', {}, e.field)), el('td', {}, e.message))));
  }

  function showReport(run) {
    progressCard.hidden = true;
    report.hidden = false;
    const title = report.querySelector('[data-report-title]');
    const summary = report.querySelector('[data-report-summary]');
    const imported = report.querySelector('[data-imported-card]');
    if (run.status === 'succeeded') {
      const result = run.result;
      title.textContent = `Imported ${plural(result.added + result.replaced, 'job', 'jobs')}`;
      const parts = [`${plural(result.rows, 'row', 'rows')} read`, `${result.added.toLocaleString('en-US')} added`];
      if (result.replaced > 0) parts.push(`${result.replaced.toLocaleString('en-US')} replaced`);
      if (result.skipped > 0) parts.push(`${plural(result.skipped, 'invalid row', 'invalid rows')} skipped`);
      summary.replaceChildren(el('p', { class: `notice ${result.skipped > 0 ? 'warn' : 'good'}` }, `${parts.join(', ')}.`));
      imported.hidden = result.jobs.length === 0;
      report.querySelector('[data-imported]').replaceChildren(...result.jobs.map(job => el('li', {},
        el('a', { href: `/employer/jobs/${encodeURIComponent(job.id)}` }, job.title),
        el('span', { class: 'muted small' }, ` · row ${job.row} · `),
        el('a', { class: 'small', href: job.url }, 'public page'))));
      showErrorRows(result.errors);
    } else {
      title.textContent = run.status === 'rejected' ? 'Nothing was imported' : 'The import failed';
      const advice = run.status === 'rejected'
        ? `${plural(run.invalidRows, 'row has', 'rows have')} errors. Fix them and upload the file again, or tick “Import the good rows” to leave them out.`
        : (run.detail || 'Nothing was saved. Try again.');
      summary.replaceChildren(el('p', { class: 'notice bad' }, advice));
      imported.hidden = true;
      showErrorRows(run.errors);
    }
    title.focus();
  }

  form.addEventListener('submit', async event => {
    event.preventDefault();
    clearErrors(form);
    const file = form.elements.namedItem('file').files[0];
    if (!file) {
      showErrors(form, new ApiError(400, { title: 'No file chosen.', errors: { file: ['is required: choose a file to import.'] } }));
      return;
    }
    const data = new FormData();
    data.append('file', file, file.name);
    const skip = form.elements.namedItem('skipInvalid').checked;
    start.disabled = true;
    report.hidden = true;
    progressCard.hidden = false;
    progressCard.querySelector('[data-file-name]').textContent = file.name;
    bar.removeAttribute('value');
    progressText.textContent = 'Uploading…';
    try {
      let run = await api('POST', `/api/v1/employer/imports?skipInvalid=${skip}`, data);
      while (!finished.includes(run.status)) {
        showProgress(run);
        await sleep(run.status === 'queued' ? 1000 : 400);
        run = await api('GET', run.url);
      }
      showProgress(run);
      showReport(run);
    } catch (error) {
      progressCard.hidden = true;
      showErrors(form, error);
    } finally {
      start.disabled = false;
    }
  });
}
