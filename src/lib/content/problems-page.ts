import { countProblems, formatProblem, type ContentProblem } from './problem.ts';

const escape = (text: string) => text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * The page the dev server shows instead of the site while the content has problems: the
 * content check's own lines, and a reload every two seconds, so the site comes back by
 * itself once the file is fixed and saved.
 */
export function renderProblemsPage(problems: readonly ContentProblem[]): string {
  const items = problems.map((problem) => `<li><code>${escape(formatProblem(problem))}</code></li>`).join('\n');
  return `<!doctype html>
<html lang="bg">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="2">
<title>${countProblems(problems.length)} в съдържанието</title>
<style>body{font:1rem/1.5 system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:1rem}li{margin:.75rem 0}code{overflow-wrap:anywhere}</style>
</head>
<body>
<main>
<h1>${countProblems(problems.length)} в съдържанието</h1>
<p>Сайтът ще се покаже отново, щом поправите файла и го запишете. Същото казва и <code>npm run check:content</code>.</p>
<ul>
${items}
</ul>
</main>
</body>
</html>
`;
}
