import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { withTempFolder } from './helpers/build-site.ts';
import { PROJECT_ROOT } from './helpers/content-fixture.ts';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
}
interface Job {
  permissions?: Record<string, string>;
  needs?: string;
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
}

const read = async (name: string) =>
  parse(await readFile(join(PROJECT_ROOT, '.github/workflows', name), 'utf8')) as Workflow;
const runs = (job: Job) => job.steps.flatMap((step) => (step.run ? [step.run.split(' ').slice(0, 3).join(' ')] : []));

describe.each(['deploy.yml', 'test.yml'])('%s', (file) => {
  it('grants nothing at the top and pins every action to a commit SHA', async () => {
    const workflow = await read(file);
    expect(workflow.permissions).toEqual({});
    for (const job of Object.values(workflow.jobs)) {
      for (const step of job.steps.filter((s) => s.uses)) expect(step.uses).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
    }
  });
});

describe('deploy.yml', () => {
  it('runs on pushes to main, builds with read-only rights and deploys with Pages rights only', async () => {
    const workflow = await read('deploy.yml');
    expect(workflow.on.push).toEqual({ branches: ['main'] });
    expect(workflow.on.schedule).toEqual([{ cron: expect.stringMatching(/^\d+ \d+ \* \* \d$/) }]);
    const { build, deploy } = workflow.jobs;
    expect(build!.permissions).toEqual({ contents: 'read' });
    expect(deploy!.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(deploy!.needs).toBe('build');
  });

  it('installs from the lockfile, checks the content, tests, builds, verifies, then uploads and deploys', async () => {
    const { build, deploy } = (await read('deploy.yml')).jobs;
    expect(runs(build!).filter((run) => run.startsWith('npm'))).toEqual(['npm ci --no-audit', 'npm run check:content', 'npm test', 'npm run build', 'npm run verify']);
    const uses = build!.steps.flatMap((step) => (step.uses ? [step.uses.split('@')[0]] : []));
    expect(uses).toEqual(['actions/checkout', 'actions/setup-node', 'actions/cache', 'actions/upload-pages-artifact']);
    expect(deploy!.steps.map((step) => step.uses?.split('@')[0])).toEqual(['actions/deploy-pages']);
  });
});

describe('deploy.yml for a push of content alone', () => {
  it('skips the code’s tests and verifies only the changed pages; anything else runs everything', async () => {
    const { build } = (await read('deploy.yml')).jobs;
    const step = (name: string) => build!.steps.find((s) => s.name === name) as Step & { if?: string; id?: string; env?: Record<string, string> };
    const scope = step('Tell what the push changed');
    expect(scope.id).toBe('scope');
    expect(scope.run).toContain(`git diff --quiet "$BEFORE" HEAD -- . ':(exclude)content/'`);
    expect(step('Test').if).toBe("steps.scope.outputs.content-only != 'true'");
    expect(step('Verify the build').run).toBe("npm run verify -- ${{ steps.scope.outputs.content-only == 'true' && '--changed' || '' }}");
    expect(step('Check the content').if).toBeUndefined();
  });

  it.each([
    ['a post edited', { 'content/news/a.md': 'нов текст' }, 'true'],
    ['a post and a component edited', { 'content/news/a.md': 'нов текст', 'src/Card.astro': '<p/>' }, 'false'],
    ['the lockfile changed', { 'package-lock.json': '{"v":2}' }, 'false'],
  ] as const)('tells a push of content alone from one of code: %s', async (_name, edits, expected) => {
    const { build } = (await read('deploy.yml')).jobs;
    const script = build!.steps.find((s) => s.name === 'Tell what the push changed')!.run!;
    await withTempFolder('workflow-scope-', async (dir) => {
      const git = (...args: string[]) => execFileSync('git', ['-C', dir, '-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { encoding: 'utf8' }).trim();
      git('init', '-q');
      for (const [file, text] of Object.entries({ 'content/news/a.md': 'текст', 'src/Card.astro': '<div/>', 'package-lock.json': '{}' })) {
        await mkdir(dirname(join(dir, file)), { recursive: true });
        await writeFile(join(dir, file), text);
      }
      git('add', '-A');
      git('commit', '-qm', 'before');
      const before = git('rev-parse', 'HEAD');
      for (const [file, text] of Object.entries(edits)) await writeFile(join(dir, file), text);
      git('commit', '-qam', 'push');
      const output = join(dir, 'github-output');
      execFileSync('bash', ['-c', script], { cwd: dir, env: { ...process.env, GITHUB_EVENT_NAME: 'push', BEFORE: before, GITHUB_OUTPUT: output } });
      expect(await readFile(output, 'utf8')).toBe(`content-only=${expected}\n`);
    });
  });

  it('tells the web editor which repository and branch it commits to', async () => {
    const workflow = await read('deploy.yml');
    expect((workflow.jobs.build as Job & { env: Record<string, string> }).env).toMatchObject({ CMS_REPO: '${{ github.repository }}', CMS_BRANCH: '${{ github.ref_name }}' });
  });
});

describe('test.yml', () => {
  it('tests pull requests with an audit of high-severity advisories', async () => {
    const workflow = await read('test.yml');
    expect(Object.keys(workflow.on)).toEqual(['pull_request']);
    expect(workflow.jobs.test!.permissions).toEqual({ contents: 'read' });
    expect(runs(workflow.jobs.test!)).toEqual(['npm ci --no-audit', 'npm audit --audit-level=high', 'npm test', 'npm run build', 'npm run verify']);
  });

  it('builds for the same address as the deploy, since a CI build without one stops', async () => {
    const env = (file: string) => read(file).then((workflow) => (Object.values(workflow.jobs)[0] as Job & { env: Record<string, string> }).env);
    const deploy = await env('deploy.yml');
    expect(await env('test.yml')).toMatchObject({ SITE_URL: deploy.SITE_URL, BASE_PATH: deploy.BASE_PATH });
  });
});
