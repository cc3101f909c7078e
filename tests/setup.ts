import { afterAll } from 'vitest';
import { removeBuilds } from './helpers/build-site.ts';

// Each test file's builds are read by its own tests only; without this, every run of the
// suite left about fifty build folders in the system's temporary folder.
afterAll(removeBuilds);
