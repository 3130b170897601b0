// The "let employers find me" switch, on the profile and the account pages: it writes at once through the API
// and goes back to where it was if the write fails, so what it shows is always what is stored.
import { api, announce } from './api.js';

export function wireTalentPoolSwitch(input) {
  if (!input) return;
  input.addEventListener('change', async () => {
    const wanted = input.checked;
    input.disabled = true;
    try {
      const settings = await api('PUT', '/api/v1/me/discoverable', { discoverable: wanted });
      input.checked = settings.discoverable;
      announce(settings.discoverable
        ? 'You are in the talent pool: employers can now find your profile.'
        : 'You are out of the talent pool: only employers you apply to see your profile.');
    } catch (error) {
      input.checked = !wanted;
      announce(`Your talent-pool choice was not changed: ${error.message}`, 'bad');
    } finally {
      input.disabled = false;
    }
  });
}
