import { render } from 'preact';
import '../../components/theme.css';
import { OptionsApp } from '../../components/options/OptionsApp';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = `${browser.i18n.getMessage('appName')} — ${browser.i18n.getMessage('openOptions')}`;
render(<OptionsApp />, document.getElementById('app')!);
