// „Copy link“ on posts (shown only where scripts run, see `.needs-script`). A page served
// without HTTPS has no clipboard to write to: the button goes. What it says after a copy
// comes with it, in the page's language (`data-copied`, `data-copy-failed`).
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy-link]')) {
  if (!navigator.clipboard) {
    button.closest('li')!.hidden = true;
    continue;
  }
  button.addEventListener('click', async () => {
    const status = button.closest('nav')?.querySelector('[data-copy-status]');
    try {
      await navigator.clipboard.writeText(button.dataset.copyLink!);
      button.textContent = button.dataset.copied!;
      if (status) status.textContent = button.dataset.copied!;
    } catch {
      if (status) status.textContent = button.dataset.copyFailed!;
    }
  });
}
