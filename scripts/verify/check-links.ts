import { LinkChecker } from 'linkinator';
import { serveSite } from '../lib/serve-site.ts';
import { result, type CheckResult } from './check-result.ts';
import { listSiteFiles } from './site-files.ts';

/**
 * Pages per linkinator run. Within one run linkinator looks up every link it has seen
 * before in the list of all its results, one by one (`results.find` in its crawl), so a
 * run's time grows with the square of its pages. Short runs keep that list short; the
 * links every page shares are fetched again once per run, which costs far less.
 */
const PAGES_PER_RUN = 25;

/**
 * No broken internal link or fragment on any page: linkinator checks the links of every
 * HTML page of the built folder, served on loopback below its base path as the host will
 * serve it. Every page is listed rather than found by crawling; that no page is
 * unreachable is the integrity check's job. `pages` limits it to some pages (those a build
 * changed). Links to other sites are not followed, so
 * the check needs no network.
 */
export async function checkLinks(options: { outDir: string; base: string; pages?: readonly string[] }): Promise<CheckResult> {
  const site = await serveSite(options.outDir, options.base);
  try {
    const pages = (options.pages ?? (await listSiteFiles(options.outDir)))
      .filter((file) => file.endsWith('.html'))
      .map((file) => `${site.url}${options.base}${file.replace(/(^|\/)index\.html$/, '$1')}`);
    const checked = new Set<string>();
    const problems: string[] = [];
    for (let start = 0; start < pages.length; start += PAGES_PER_RUN) {
      const scan = await new LinkChecker().check({
        path: pages.slice(start, start + PAGES_PER_RUN),
        recurse: false,
        checkFragments: true,
        linksToSkip: async (link) => !link.startsWith(site.url),
        // The loopback server shares this process: at 10,000 posts linkinator's default of 100
        // requests at once reset 13,634 connections (status 0), none of them a broken link.
        // Fewer at once, and a retry for a dropped connection.
        concurrency: 16,
        retryErrors: true,
        retryErrorsCount: 3,
      });
      for (const link of scan.links) {
        if (link.state === 'SKIPPED') continue;
        checked.add(link.url);
        if (link.state === 'BROKEN') problems.push(`${link.parent ?? '?'} → ${link.url} (${link.status ?? 'грешка'})`);
      }
    }
    return result('links', problems, `${checked.size} links and fragments on ${pages.length} pages checked, ${problems.length} broken`);
  } finally {
    await site.close();
  }
}
