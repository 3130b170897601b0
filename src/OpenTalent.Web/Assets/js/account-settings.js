// The account page: the talent-pool switch, and deleting the account after the password confirms it.
import { api, clearErrors, resetToken, showErrors } from './api.js';
import { wireTalentPoolSwitch } from './talent-pool.js';

const root = document.querySelector('[data-account-page]');
if (root) {
  wireTalentPoolSwitch(root.querySelector('[data-discoverable]'));

  const form = root.querySelector('form[data-delete-account]');
  if (form) {
    form.addEventListener('submit', async event => {
      event.preventDefault();
      clearErrors(form);
      const submit = form.querySelector('button[type=submit]');
      submit.disabled = true;
      submit.textContent = 'Deleting…';
      try {
        await api('DELETE', '/api/v1/me', { password: form.querySelector('input[name=password]').value });
        resetToken();
        // Signed out by the API: the home page, fresh, with nothing of the account left on screen.
        window.location.replace('/');
      } catch (error) {
        showErrors(form, error);
        submit.disabled = false;
        submit.textContent = 'Delete my account';
      }
    });
  }
}
