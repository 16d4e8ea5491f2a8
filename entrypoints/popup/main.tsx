import { render } from 'preact';
import { Popup } from '../../components/popup/Popup';
import '../../components/popup/popup.css';

render(<Popup search={location.search} />, document.getElementById('app')!);
