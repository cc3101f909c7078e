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
 * A child that fails (see `answerParent`) rejects with its task's name and its reason.
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
    const [answer] = (await Promise.race([
      once(child, 'message'),
      exited.then(([code, signal]) => Promise.reject(new Error(`${options.name} stopped (${signal ?? `exit code ${code}`})`))),
    ])) as [Answer<Reply>];
    await exited;
    if ('failed' in answer) throw new Error(`${options.name} stopped: ${answer.failed}`);
    return answer.reply;
  } finally {
    process.off('exit', stop);
  }
}

/** What a child posts back: its reply, or why it failed. */
type Answer<Reply> = { reply: Reply } | { failed: string };

/**
 * In a child started by `runChildTask`: does `work` and posts back its reply, or the reason it
 * failed (the error's message, which names the file for the file system's errors: a build's
 * one line, not a stack trace), and lets the process end.
 */
export async function answerParent(work: () => Promise<unknown>): Promise<void> {
  let answer: Answer<unknown>;
  try {
    answer = { reply: await work() };
  } catch (error) {
    answer = { failed: error instanceof Error ? error.message : String(error) };
    process.exitCode = 1;
  }
  process.send!(answer, () => process.disconnect());
}
