// The reader's chosen theme (light or dark), set before the page is first drawn so it never
// flashes in the other one. A file of the site's own, loaded by every page's <head> before
// its styles: the Content Security Policy allows no inline script. The switch itself is
// src/browser/theme-switch.ts. It also marks the page as one where scripts run, so controls
// that need one (`.needs-script` in global.css) are drawn from the first paint, not later.
document.documentElement.dataset.scripts = '';
try {
  const theme = localStorage.getItem('theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch {
  // Storage refused (a private window, a policy): the system's theme applies.
}
