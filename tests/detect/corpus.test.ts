/** Every corpus's pages as saved against their expected.json and floors (the suite: `corpus-suite.ts`). */
import { corpusTests } from './corpus-suite';

corpusTests('saved');
