/**
 * For the background service worker, where `import()` is not allowed: what pages load on demand, loaded
 * statically — the search-term builder of the list and search indexes (`list-index.ts`) and the Public
 * Suffix List's registrable domains of page matching (`repos/matching.ts`).
 */
import * as searchTerms from '../core/search-terms';
import { registrableDomain } from '../core/text/domain';
import { provideSearchTerms } from './list-index';
import { provideRegistrableDomain } from './repos/matching';

provideSearchTerms(searchTerms);
provideRegistrableDomain(registrableDomain);
