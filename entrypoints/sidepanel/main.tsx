import { render } from 'preact';
import '../../components/theme.css';
import { App } from '../../components/App';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = browser.i18n.getMessage('appName');
render(<App />, document.getElementById('app')!);
