import { render } from 'preact';
import { Popup } from '../../components/popup/Popup';
import { verdictCss } from '../../components/popup/verdict-look';
import { SPARKLINE_CSS } from '../../components/charts/Sparkline';
import '../../components/popup/popup.css';

const verdictStyles = document.createElement('style');
verdictStyles.textContent = verdictCss() + SPARKLINE_CSS;
document.head.append(verdictStyles);

render(<Popup search={location.search} />, document.getElementById('app')!);
