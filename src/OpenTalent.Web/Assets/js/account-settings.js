// The account page: the talent-pool and automated-ranking switches, voluntary self-identification, and deleting
// the account after the password confirms it.
import { api, announce, clearErrors, resetToken, showErrors } from './api.js';
import { wireTalentPoolSwitch } from './talent-pool.js';

const root = document.querySelector('[data-account-page]');
if (root) {
  wireTalentPoolSwitch(root.querySelector('[data-discoverable]'));

  const ranking = root.querySelector('[data-rank-automatically]');
  if (ranking) {
    ranking.addEventListener('change', async () => {
      const wanted = ranking.checked;
      ranking.disabled = true;
      try {
        const privacy = await api('PUT', '/api/v1/me/automated-ranking', { rankAutomatically: wanted });
        ranking.checked = privacy.standing.automatedRanking;
        announce(ranking.checked
          ? 'Employers\' shortlists may rank your applications automatically again.'
          : 'Your applications will be reviewed unranked, in the order you applied.');
      } catch (error) {
        ranking.checked = !wanted;
        announce(`Your ranking choice was not changed: ${error.message}`, 'bad');
      } finally {
        ranking.disabled = false;
      }
    });
  }

  const identity = root.querySelector('form[data-self-identification]');
  if (identity) {
    const withdraw = identity.querySelector('[data-withdraw-identification]');
    identity.addEventListener('submit', async event => {
      event.preventDefault();
      clearErrors(identity);
      try {
        await api('PUT', '/api/v1/me/self-identification', {
          sex: identity.querySelector('[name=sex]').value || null,
          raceEthnicity: identity.querySelector('[name=raceEthnicity]').value || null,
        });
        withdraw.hidden = false;
        announce('Your answers are saved. They count only in anonymous bias audits.');
      } catch (error) {
        showErrors(identity, error);
      }
    });
    withdraw.addEventListener('click', async () => {
      try {
        await api('DELETE', '/api/v1/me/self-identification');
        identity.querySelector('[name=sex]').value = '';
        identity.querySelector('[name=raceEthnicity]').value = '';
        withdraw.hidden = true;
        announce('Your answers are withdrawn and no longer counted.');
      } catch (error) {
        showErrors(identity, error);
      }
    });
  }

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
