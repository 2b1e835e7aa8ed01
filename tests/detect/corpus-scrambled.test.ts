/**
 * Every corpus's scrambled copy (class names and ids replaced, wrappers added: ../shared/fixtures/perturb.mjs)
 * against the same expected.json and floors as the pages as saved (the suite: `corpus-suite.ts`).
 */
import { corpusTests } from './corpus-suite';

corpusTests('scrambled');
