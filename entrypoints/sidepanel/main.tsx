import { render } from 'preact';
import '../../components/theme.css';
import { App } from '../../components/App';
import { lazy } from '../../components/lazy';
import { requestPersistence } from '../../models/storage';

const LetterPrint = lazy(() => import('../../components/exchanges/ExchangesSection').then((m) => m.LetterPrint));

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = browser.i18n.getMessage('appName');
// `?print=<exchange id>` opens a letter's printable page in a tab of its own.
const printId = new URLSearchParams(location.search).get('print');
// Persistent storage is asked from a page: in the service worker the call does nothing.
void requestPersistence();
render(printId ? <LetterPrint id={printId} /> : <App />, document.getElementById('app')!);
