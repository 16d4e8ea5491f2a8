import { render } from 'preact';

render(<main>TollCheck</main>, document.getElementById('app')!);
