/**
 * The background's message router: every incoming message is checked against the protocol's zod
 * schema and against its sender before a handler sees it. Failures are replies, never throws.
 */
import type { Browser } from 'wxt/browser';

type MessageSender = Browser.runtime.MessageSender;
import { messageSchema, type MessageOf, type MessageType, type Reply, type ReplyValues } from '../../core/messages';

export type Handler<T extends MessageType> = (message: MessageOf<T>, sender: MessageSender) => Promise<ReplyValues[T]>;
export type HandlerMap = { [T in MessageType]: Handler<T> };

/** Messages a web page's content script may send; everything else must come from our own pages. */
const FROM_CONTENT_SCRIPTS: ReadonlySet<MessageType> = new Set(['page/detected', 'ping']);

export class HandlerError extends Error {
  constructor(
    readonly code: 'not-found' | 'no-permission' | 'conflict' | 'internal',
    message: string,
  ) {
    super(message);
  }
}

export function createRouter(handlers: HandlerMap, extensionId: string, extensionOrigin: string) {
  return async function route(raw: unknown, sender: MessageSender): Promise<Reply<unknown>> {
    if (sender.id !== extensionId) {
      return { ok: false, error: { code: 'untrusted-sender', message: 'message from another extension' } };
    }
    const parsed = messageSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.join('.') || 'message';
      return { ok: false, error: { code: 'invalid-message', message: `${where}: ${issue?.message ?? 'invalid'}` } };
    }
    const message = parsed.data;
    const fromOwnPage = !sender.tab || (sender.url ?? '').startsWith(extensionOrigin);
    if (!fromOwnPage && !FROM_CONTENT_SCRIPTS.has(message.type)) {
      return {
        ok: false,
        error: { code: 'untrusted-sender', message: `${message.type} is not allowed from a web page` },
      };
    }
    if (message.type === 'page/detected' && (sender.tab?.id === undefined || (sender.frameId ?? 0) !== 0)) {
      return {
        ok: false,
        error: { code: 'untrusted-sender', message: 'page/detected must come from the top frame of a tab' },
      };
    }
    try {
      const handler = handlers[message.type] as Handler<MessageType>;
      const value = await handler(message as MessageOf<MessageType>, sender);
      return { ok: true, value };
    } catch (error) {
      const code = error instanceof HandlerError ? error.code : 'internal';
      const text = error instanceof Error ? error.message : String(error);
      if (code === 'internal') console.error('[fiche] handler failed', message.type, error);
      return { ok: false, error: { code, message: text } };
    }
  };
}
