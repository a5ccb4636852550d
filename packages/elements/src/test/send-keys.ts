/**
 * Real key presses through the test runner's `send-keys` command, as `@web/test-runner-commands`
 * sends them (that package is not a dependency of this workspace package).
 */
export async function sendKeys(payload: { type: string } | { press: string }): Promise<void> {
  const sessionId = new URL(window.location.href).searchParams.get('wtr-session-id');
  const socketUrl = '/__web-dev-server__web-socket.js';
  const socket = (await import(/* @vite-ignore */ socketUrl)) as {
    sendMessageWaitForResponse(message: unknown): Promise<{ executed: boolean }>;
  };
  const response = await socket.sendMessageWaitForResponse({
    type: 'wtr-command',
    sessionId,
    command: 'send-keys',
    payload,
  });
  if (!response.executed) throw new Error('the send-keys command is not available');
}
