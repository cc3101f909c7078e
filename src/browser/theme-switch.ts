// The theme switch in the header: system → light → dark → system, remembered in this
// browser. `public/theme.js` applies the choice on every page before it is drawn.
const THEMES = ['system', 'light', 'dark'] as const;
type Theme = (typeof THEMES)[number];

function readTheme(): Theme {
  try {
    const stored = localStorage.getItem('theme');
    return stored === 'light' || stored === 'dark' ? stored : 'system';
  } catch {
    return 'system';
  }
}

function applyTheme(theme: Theme): void {
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
  try {
    if (theme === 'system') localStorage.removeItem('theme');
    else localStorage.setItem('theme', theme);
  } catch {
    // Not remembered; the page still changes.
  }
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-switch]')) {
  // The labels in the page's language, from the button itself (see Header.astro).
  const LABELS = JSON.parse(button.dataset.themeSwitch!) as Record<Theme, string>;
  let theme = readTheme();
  const label = () => {
    button.setAttribute('aria-label', LABELS[theme]);
    button.title = LABELS[theme];
  };
  label();
  button.addEventListener('click', () => {
    theme = THEMES[(THEMES.indexOf(theme) + 1) % THEMES.length]!;
    applyTheme(theme);
    label();
  });
}
