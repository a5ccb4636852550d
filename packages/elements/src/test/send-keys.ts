// Real key presses (not synthetic events) through the test runner's send-keys command.
export { sendKeys } from '@web/test-runner-commands';
