/**
 * For the background service worker, where `import()` is not allowed: the search-term builder of the
 * list and search indexes, loaded statically (pages load it on demand, see `list-index.ts`).
 */
import * as searchTerms from '../core/search-terms';
import { provideSearchTerms } from './list-index';

provideSearchTerms(searchTerms);
