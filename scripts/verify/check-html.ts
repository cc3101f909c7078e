import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { result, type CheckResult } from './check-result.ts';
import { listSiteFiles } from './site-files.ts';

/** Every page (or those of `pages`) valid by html-validate's recommended rules (`.htmlvalidate.json`). */
export async function checkHtml(options: { outDir: string; projectRoot: string; pages?: readonly string[] }): Promise<CheckResult> {
  // The project's config, given explicitly: the site may be built outside the project (tests),
  // where html-validate's own search for a config file would find none and check nothing.
  const config = JSON.parse(await readFile(join(options.projectRoot, '.htmlvalidate.json'), 'utf8')) as ConfigData;
  const validator = new HtmlValidate({ ...config, root: true });
  const pages = (options.pages ?? (await listSiteFiles(options.outDir))).filter((file) => file.endsWith('.html'));
  const problems: string[] = [];
  for (const page of pages) {
    const report = await validator.validateFile(join(options.outDir, page));
    for (const message of report.results.flatMap((r) => r.messages)) {
      problems.push(`${page}:${message.line}:${message.column} ${message.message} (${message.ruleId})`);
    }
  }
  return result('html', problems, `${pages.length} pages validated, ${problems.length} errors`);
}
