/** Every unit test reads the extension's words from _locales/en (a test may switch language with setMessageSource). */
import { setMessageSource } from '../../src/ui/i18n.ts';
import { messageSource } from './i18n-source.ts';

setMessageSource(messageSource('en'));
