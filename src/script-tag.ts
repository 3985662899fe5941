// The one-file build for a plain <script src>: registers every element. Its only global is
// `DoorHelp.VERSION`, so a page can tell which copy it loaded.
import './define/all.js';

export { VERSION } from './version.js';
export type * from './define/all.js';
