/**
 * Entry injected through `scripting.executeScript` (keyboard command, context
 * menu, the popup): it only installs the listener; the message that follows
 * says what to do.
 */
import { start } from './main';

start('demand');
