import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/content-fixture.ts';

/** Loads the site's Astro configuration with `ASTRO_LOG_LEVEL` set to `level`, as `astro build` would. */
const loadConfig = (level: string) =>
  spawnSync(process.execPath, ['--input-type=module', '-e', "const { default: config } = await import('./astro.config.ts'); console.log(JSON.stringify(config.logger ?? null));"], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ASTRO_LOG_LEVEL: level },
    encoding: 'utf8',
  });

describe('ASTRO_LOG_LEVEL', () => {
  it('sets how much Astro says, and a level Astro does not know stops the build with the ones it does', () => {
    const warn = loadConfig('warn');
    expect(warn.status, warn.stderr).toBe(0);
    expect(JSON.parse(warn.stdout)).toEqual({ entrypoint: 'astro/logger/node', config: { level: 'warn' } });
    const loud = loadConfig('loud');
    expect(loud.status).not.toBe(0);
    expect(loud.stderr).toContain('ASTRO_LOG_LEVEL is "loud"; write one of debug, info, warn, error, silent.');
  });
});
