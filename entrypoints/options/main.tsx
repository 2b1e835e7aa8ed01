import { browser } from 'wxt/browser';
import { render } from 'preact';
import '../../components/theme.css';
import { OptionsApp } from '../../components/options/OptionsApp';
import { requestPersistence } from '../../models/storage';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = `${browser.i18n.getMessage('appName')} — ${browser.i18n.getMessage('openOptions')}`;
// Persistent storage is asked from a page: in the service worker the call does nothing.
void requestPersistence();
render(<OptionsApp />, document.getElementById('app')!);
