import { fork, type Serializable } from 'node:child_process';
import { once } from 'node:events';
import { setPriority } from 'node:os';
import { fileURLToPath } from 'node:url';

/**
 * Runs a module in a child process of its own and resolves with the one message it posts
 * back; `input`, when given, is sent to it first. A heap V8 has grown keeps its space
 * until the process ends, so work that needs much memory for a while (checking the
 * content, drawing the cards) is done in a child that exits once it has answered.
 * Should this process be stopped (a failed build), the child stops with it. `priority`
 * is the child's nice value, `nodeFlags` are added to this process's own Node flags.
 */
export async function runChildTask<Reply>(module: URL, options: { args?: string[]; input?: Serializable; name: string; priority?: number; nodeFlags?: string[] }): Promise<Reply> {
  const child = fork(fileURLToPath(module), options.args ?? [], {
    execArgv: [...process.execArgv, ...(options.nodeFlags ?? [])],
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  if (options.priority !== undefined) {
    try {
      setPriority(child.pid!, options.priority);
    } catch {
      // Some systems refuse a lower priority; the build is merely slower there.
    }
  }
  const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
  const stop = () => child.kill();
  process.once('exit', stop);
  try {
    if (options.input !== undefined) child.send(options.input);
    const [reply] = (await Promise.race([
      once(child, 'message'),
      exited.then(([code, signal]) => Promise.reject(new Error(`${options.name} stopped (${signal ?? `exit code ${code}`})`))),
    ])) as [Reply];
    await exited;
    return reply;
  } finally {
    process.off('exit', stop);
  }
}

/** In a child started by `runChildTask`: posts the reply and lets the process end. */
export function replyToParent(reply: unknown): void {
  process.send!(reply, () => process.disconnect());
}
