export { QmsErrorEvent, type QmsErrorDetail, type QmsErrorSource } from './qms-error.js';
