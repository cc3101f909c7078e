import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from './content-fixture.ts';

export interface ScriptRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs one of the project's CLI scripts as an editor would, from `cwd`, with Node 24. */
export function runScript(script: string, args: string[], options: { cwd: string; env?: Record<string, string> }): Promise<ScriptRun> {
  const child = spawn(process.execPath, [join(PROJECT_ROOT, 'scripts', script), ...args], {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}
