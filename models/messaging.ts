/** Typed request/reply to the background, for extension pages. */
import { browser } from 'wxt/browser';
import type { Message, Reply, ReplyValues } from '../core/messages';

export async function sendMessage<M extends Message>(message: M): Promise<Reply<ReplyValues[M['type']]>> {
  try {
    const reply = (await browser.runtime.sendMessage(message)) as Reply<ReplyValues[M['type']]> | undefined;
    return reply ?? { ok: false, error: { code: 'internal', message: 'no reply from the background' } };
  } catch (error) {
    return { ok: false, error: { code: 'internal', message: error instanceof Error ? error.message : String(error) } };
  }
}
