import { define } from '../internal/define.js';
import { QmsProvider } from '../provider/provider.js';

define('qms-provider', QmsProvider);

export { QmsProvider };
