// Sveltia CMS asks unpkg.com for two things at run time: its interface strings
// (`locales/<language>.json`) and its newest version number, to offer an update. Both come
// with the npm package the site is built from, so they are answered from the site itself:
// the strings from `admin/locales/` (copied by src/integrations/cms.ts) and the version as
// the one this site ships. The editor then needs no CDN for its program or its words.
// It also keeps the editor from starting as soon as its script runs: the site's own
// additions (src/browser/cms-post-file-name.ts) register first and then start it.
window.CMS_MANUAL_INIT = true;
(() => {
  const cdn = 'https://unpkg.com/@sveltia/cms';
  const fetchFromNetwork = window.fetch.bind(window);
  window.fetch = (resource, options) => {
    const url = typeof resource === 'string' ? resource : resource instanceof URL ? resource.href : resource.url;
    if (url.startsWith(cdn)) {
      const strings = /\/locales\/([A-Za-z-]+\.json)$/.exec(url);
      if (strings) return fetchFromNetwork(new URL(`locales/${strings[1]}`, document.baseURI), options);
      if (url === `${cdn}/package.json`) return fetchFromNetwork(new URL('version.json', document.baseURI), options);
    }
    return fetchFromNetwork(resource, options);
  };
})();
