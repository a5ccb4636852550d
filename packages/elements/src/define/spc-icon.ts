import { define } from '../internal/define.js';
import { QmsSpcIcon } from '../spc-icon/spc-icon.js';

define('qms-spc-icon', QmsSpcIcon);

export { QmsSpcIcon };
