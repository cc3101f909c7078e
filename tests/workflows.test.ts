import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
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
    const { build, deploy } = workflow.jobs;
    expect(build!.permissions).toEqual({ contents: 'read' });
    expect(deploy!.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(deploy!.needs).toBe('build');
  });

  it('installs from the lockfile, tests, builds, verifies, then uploads and deploys', async () => {
    const { build, deploy } = (await read('deploy.yml')).jobs;
    expect(runs(build!)).toEqual(['npm ci --no-audit', 'npm test', 'npm run build', 'npm run verify']);
    const uses = build!.steps.flatMap((step) => (step.uses ? [step.uses.split('@')[0]] : []));
    expect(uses).toEqual(['actions/checkout', 'actions/setup-node', 'actions/cache', 'actions/upload-pages-artifact']);
    expect(deploy!.steps.map((step) => step.uses?.split('@')[0])).toEqual(['actions/deploy-pages']);
  });
});

describe('test.yml', () => {
  it('tests pull requests with an audit of high-severity advisories', async () => {
    const workflow = await read('test.yml');
    expect(Object.keys(workflow.on)).toEqual(['pull_request']);
    expect(workflow.jobs.test!.permissions).toEqual({ contents: 'read' });
    expect(runs(workflow.jobs.test!)).toEqual(['npm ci --no-audit', 'npm audit --audit-level=high', 'npm test', 'npm run build', 'npm run verify']);
  });
});
