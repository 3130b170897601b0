// Application statuses as the pages name them (the server renders the same words: Pages/Display.cs).
const labels = { applied: 'Applied', screening: 'In screening', interview: 'Interviewing', offer: 'Offer made', hired: 'Hired', rejected: 'Not selected', withdrawn: 'Withdrawn' };
const badges = { offer: 'badge good', hired: 'badge good', rejected: 'badge bad', withdrawn: 'badge warn' };

export function statusLabel(status) {
  return labels[status] || status;
}

export function statusBadge(status) {
  return badges[status] || 'badge';
}
