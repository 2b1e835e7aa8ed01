import { browser } from 'wxt/browser';
import { render } from 'preact';
import '../../components/theme.css';
import { App } from '../../components/App';
import { lazy } from '../../components/lazy';
import { requestPersistence } from '../../models/storage';

const LetterPrint = lazy(() => import('../../components/exchanges/LetterPrint').then((m) => m.LetterPrint));
const ComposeView = lazy(() => import('../../components/exchanges/ComposeView').then((m) => m.ComposeView));

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = browser.i18n.getMessage('appName');
// `?print=<exchange id>` opens a letter's printable page in a tab of its own; `?compose=<exchange id>`
// the email a "Send later" reminder is about.
const params = new URLSearchParams(location.search);
const printId = params.get('print');
const composeId = params.get('compose');
// Persistent storage is asked from a page: in the service worker the call does nothing.
void requestPersistence();
render(
  printId ? <LetterPrint id={printId} /> : composeId ? <ComposeView id={composeId} /> : <App />,
  document.getElementById('app')!,
);
