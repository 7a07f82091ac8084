/** Entry for curated and reader-added sites (manifest content script / registered script). */
import { start } from './main';

start('listed');
