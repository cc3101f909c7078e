// „Копирай връзката“ on posts (shown only where scripts run, see `.needs-script`). A page
// served without HTTPS has no clipboard to write to: the button goes.
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy-link]')) {
  if (!navigator.clipboard) {
    button.closest('li')!.hidden = true;
    continue;
  }
  button.addEventListener('click', async () => {
    const status = button.closest('nav')?.querySelector('[data-copy-status]');
    try {
      await navigator.clipboard.writeText(button.dataset.copyLink!);
      button.textContent = 'Връзката е копирана';
      if (status) status.textContent = 'Връзката е копирана';
    } catch {
      if (status) status.textContent = 'Връзката не може да бъде копирана';
    }
  });
}
