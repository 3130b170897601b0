// Sign-out from any page's header.
import { api } from './api.js';

document.querySelectorAll('[data-sign-out]').forEach(button => button.addEventListener('click', async () => {
  button.disabled = true;
  await api('DELETE', '/api/v1/session');
  window.location.assign('/');
}));
