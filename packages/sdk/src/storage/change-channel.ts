import type { ChannelFactory, ChannelLike } from './idb-types.js';

/** Marks the store's messages to other tabs. */
const MESSAGE = 'qms-kit/actions-change';

/** Told to `subscribe()` listeners when another tab (or store object) changed the actions. */
export interface ActionStoreChange {
  /** The database name. */
  name: string;
  /** The store's revision after the change (0 after a clear or reset). */
  revision: number;
  /** `save`: some actions were written; `clear`: every action was dropped. */
  kind: 'save' | 'clear';
  /** Ids of the actions added, changed or deleted (empty for `clear`). */
  actions: string[];
}

/**
 * Tells other tabs (and other store objects in this one) of committed changes to the actions of
 * database `name`, and hears theirs. Telling is a courtesy: saves merge safely without it, so
 * a missing or failing channel is silently nobody told.
 */
export function actionChangeChannel(name: string, openChannel: ChannelFactory | undefined) {
  const channelName = `qms-kit-actions:${name}`;
  // Tells this object's own messages from others' on a shared channel.
  const sender = `${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`;
  const listeners = new Set<(change: ActionStoreChange) => void>();
  let listening: ChannelLike | undefined;

  function announce(change: Omit<ActionStoreChange, 'name'>): void {
    if (!openChannel) return;
    const message = { type: MESSAGE, sender, name, ...change };
    try {
      if (listening) {
        listening.postMessage(message);
        return;
      }
      const channel = openChannel(channelName);
      if (!channel) return;
      channel.postMessage(message);
      channel.close();
    } catch {
      // Nobody told: the next save still merges.
    }
  }

  function hear(data: unknown): void {
    if (typeof data !== 'object' || data === null) return;
    const m = data as Partial<ActionStoreChange> & { type?: unknown; sender?: unknown };
    if (m.type !== MESSAGE || m.sender === sender || m.name !== name) return;
    const change: ActionStoreChange = {
      name,
      revision: typeof m.revision === 'number' ? m.revision : 0,
      kind: m.kind === 'clear' ? 'clear' : 'save',
      actions: Array.isArray(m.actions) ? m.actions.filter((id) => typeof id === 'string') : [],
    };
    for (const listener of [...listeners]) {
      try {
        listener(change);
      } catch {
        // One listener's failure must not keep the news from the others.
      }
    }
  }

  function subscribe(listener: (change: ActionStoreChange) => void): () => void {
    listeners.add(listener);
    if (!listening && openChannel) {
      try {
        listening = openChannel(channelName);
        if (listening) listening.onmessage = (event) => hear(event.data);
      } catch {
        listening = undefined;
      }
    }
    return () => {
      listeners.delete(listener);
      if (listeners.size > 0 || !listening) return;
      listening.onmessage = null;
      listening.close();
      listening = undefined;
    };
  }

  return { announce, subscribe };
}
