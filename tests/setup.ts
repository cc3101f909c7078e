import { afterAll } from 'vitest';
import { removeTestFolders } from './helpers/build-site.ts';

// Each test file's builds and servers are used by its own tests only; without this, every
// run of the suite left about fifty build folders in the system's temporary folder.
afterAll(removeTestFolders);
