import type { AstroIntegration } from 'astro';
import { postFiles } from '../lib/paths.ts';

/**
 * Serves each post's social card and calendar, and the calendar of all events, in
 * `astro dev`. A build does not render them as routes: `scripts/build.ts` (`scripts/lib/post-files.ts`)
 * writes them beside `astro build` (at 10,000 posts they were 20,000 of Astro's 33,400
 * routes, and even an unchanged route costs Astro about a millisecond to restore).
 */
export function postFilesIntegration(): AstroIntegration {
  return {
    name: 'cluster-news-post-files',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command !== 'dev') return;
        const route = (pattern: string, file: string) => injectRoute({ pattern, entrypoint: new URL(`../dev-routes/${file}`, import.meta.url), prerender: true });
        route(`/${postFiles.card('[slug]')}`, 'post-card.ts');
        route(`/${postFiles.calendar('[slug]')}`, 'post-calendar.ts');
        route(`/${postFiles.allEvents()}`, 'all-events-calendar.ts');
      },
    },
  };
}
