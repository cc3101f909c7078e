// „Копирай връзката“ on posts: shown only where a script runs, since copying needs one.
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy-link]')) {
  if (!navigator.clipboard) continue;
  button.hidden = false;
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
