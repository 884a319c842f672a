import { render } from 'preact';
import '../ui/theme.css';
import './options.css';
import { Options } from './Options.tsx';

const app = document.getElementById('app');
if (app) render(<Options />, app);
