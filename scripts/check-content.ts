/**
 * Checks all content with the site's own schemas, without building: one line per
 * problem (file:line, field, what is wrong, what to write), exit code 1 on any. In GitHub
 * Actions each problem is also an `::error` annotation on its line of the file.
 * Usage: npm run check:content
 */
import { resolve } from 'node:path';
import { checkContent } from '../src/node/content/check-content.ts';
import { countProblems, formatAnnotation, formatProblem } from '../src/lib/content/problem.ts';

const projectRoot = process.cwd();
const contentRoot = resolve(projectRoot, process.env.CONTENT_ROOT ?? 'content');
const started = performance.now();
const { news, clusters, partners, problems, unfinishedDrafts } = await checkContent(contentRoot, projectRoot);
const took = Math.round(performance.now() - started);

for (const problem of problems) console.error(formatProblem(problem));
// In GitHub Actions, each problem also goes on its line of the file in the pull request or commit.
if (process.env.GITHUB_ACTIONS === 'true') for (const problem of problems) console.log(formatAnnotation(problem));
const drafts = unfinishedDrafts.length ? `, ${unfinishedDrafts.length === 1 ? '1 недовършена чернова' : `${unfinishedDrafts.length} недовършени чернови`}` : '';
const counts = `${news.length} новини${drafts}, ${clusters.length} клъстера, ${partners.length} партньора`;
if (problems.length) {
  console.error(`\n${countProblems(problems.length)} в съдържанието (${counts} без грешки; ${took} ms).`);
  process.exit(1);
}
console.log(`Съдържанието е наред: ${counts} (${took} ms).`);
