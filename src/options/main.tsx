import { render } from 'preact';
import { localizeDocument } from '../ui/i18n.ts';
import '../ui/theme.css';
import './options.css';
import { Options } from './Options.tsx';

localizeDocument('optionsPageTitle');
const app = document.getElementById('app');
if (app) render(<Options />, app);
