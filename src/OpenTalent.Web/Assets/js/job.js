// The job page's Apply button: applies through the API and shows where the application stands, in place.
import { api, clearErrors, day, el, showErrors } from './api.js';
import { statusBadge, statusLabel } from './statuses.js';

const form = document.querySelector('form[data-apply]');
if (form) {
  form.addEventListener('submit', async event => {
    event.preventDefault();
    clearErrors(form);
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    button.textContent = 'Applying…';
    try {
      const application = await api('POST', '/api/v1/me/applications', { postingId: form.dataset.postingId });
      const applied = el('p', { class: 'notice good', 'data-applied': true },
        'Applied on ', el('time', { datetime: application.appliedAt }, day(application.appliedAt)),
        ' · ', el('span', { class: statusBadge(application.status) }, statusLabel(application.status)),
        ' · ', el('a', { href: '/me/applications' }, 'Your applications'));
      form.replaceWith(applied);
      const status = document.querySelector('[data-apply-box] [data-status]');
      if (status) {
        status.hidden = false;
        status.className = 'visually-hidden';
        status.textContent = 'Application sent. The employer can now see your profile and how you match.';
      }
    } catch (error) {
      showErrors(form, error);
      button.disabled = false;
      button.textContent = 'Apply now';
    }
  });
}
