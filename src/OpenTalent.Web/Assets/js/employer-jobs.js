// Our jobs: closing a job after a confirmation; the list itself is rendered on the server.
import { api, announce } from './api.js';

const dialog = document.querySelector('[data-close-dialog]');

document.querySelectorAll('[data-close]').forEach(button => button.addEventListener('click', () => {
  const id = button.dataset.close;
  dialog.querySelector('[data-close-name]').textContent = button.dataset.title;
  dialog.returnValue = '';
  dialog.showModal();
  dialog.addEventListener('close', async () => {
    if (dialog.returnValue !== 'close') {
      button.focus();
      return;
    }
    button.disabled = true;
    try {
      await api('POST', `/api/v1/employer/jobs/${encodeURIComponent(id)}/close`);
      const row = button.closest('tr');
      const badge = row.querySelector('[data-job-status]');
      badge.textContent = 'Closed';
      badge.className = 'badge';
      row.querySelector('.job-title').focus();
      button.remove();
      announce(`Closed “${button.dataset.title}”. It takes no more applications.`);
    } catch (error) {
      button.disabled = false;
      announce(`Could not close “${button.dataset.title}”: ${error.message}`, 'bad');
    }
  }, { once: true });
}));
