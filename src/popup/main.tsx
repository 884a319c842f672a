import { render } from 'preact';
import '../ui/theme.css';
import './popup.css';
import { Popup } from './Popup.tsx';

const app = document.getElementById('app');
if (app) render(<Popup />, app);
