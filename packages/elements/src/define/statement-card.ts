import { define } from '../internal/define.js';
import { QmsStatementCard } from '../statement-card/statement-card.js';
// The card draws variation icons with <qms-spc-icon>.
import './spc-icon.js';

define('qms-statement-card', QmsStatementCard);

export { QmsStatementCard };
