// Sign-in and sign-up forms: they post to the API and go on to where the person was heading.
import { api, clearErrors, resetToken, showErrors } from './api.js';

const form = document.querySelector('form[data-account]');
if (form) {
  const kindInputs = form.querySelectorAll('input[name=kind]');
  const organisation = form.querySelector('[data-organisation]');
  const syncKind = () => {
    if (!organisation) return;
    const employer = form.querySelector('input[name=kind]:checked')?.value === 'employer';
    organisation.hidden = !employer;
    organisation.querySelector('input').required = employer;
  };
  kindInputs.forEach(input => input.addEventListener('change', syncKind));
  syncKind();

  form.addEventListener('submit', async event => {
    event.preventDefault();
    clearErrors(form);
    const data = Object.fromEntries(new FormData(form));
    if (data.kind !== 'employer') delete data.organisationName;
    const submit = form.querySelector('button[type=submit]');
    submit.disabled = true;
    try {
      const session = await api('POST', form.dataset.account === 'signup' ? '/api/v1/accounts' : '/api/v1/session', data);
      resetToken();
      const back = new URLSearchParams(window.location.search).get('returnUrl');
      const home = session.account.kind === 'employer' ? '/employer' : (form.dataset.account === 'signup' ? '/me/profile' : '/me/jobs');
      // Only local paths: a link must not send someone who just signed in to another site.
      window.location.assign(back && back.startsWith('/') && !back.startsWith('//') ? back : home);
    } catch (error) {
      showErrors(form, error);
      submit.disabled = false;
    }
  });
}
