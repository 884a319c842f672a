import { render } from 'preact';
import { localizeDocument } from '../ui/i18n.ts';
import '../ui/theme.css';
import './popup.css';
import { Popup } from './Popup.tsx';

localizeDocument();
const app = document.getElementById('app');
if (app) render(<Popup />, app);
