/** Entry for the opt-in "all article pages" mode (registered at run time when granted). */
import { start } from './main';

start('article');
