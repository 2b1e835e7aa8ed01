/**
 * Gmail: a draft inside a thread is not a message of the thread (its sender and recipients are not
 * reported). The draft marks are found by fast single-selector queries (issue 9); these cases pin
 * what each mark means, including the descendant ones that count only under their ancestor
 * (`.ae4 .ag`, `h3 .boq`, `h3 font[color]`). Invented people and companies.
 */
import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { gmailDetector } from '../../core/detect/gmail';

const URL_ = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzDrafts';

function thread(second: string, attrs = ''): Document {
  const html =
    `<!DOCTYPE html><html lang="fr"><head><title>Devis - owner@cabinet-exemple.fr - Gmail</title></head><body><div role="main">` +
    `<h2 class="hP" data-thread-perm-id="thread-f:1">Devis</h2><div role="list">` +
    `<div role="listitem" aria-expanded="true"><div data-message-id="#msg-f:1">` +
    `<h3><span class="gD" email="odile.ferrand@menuiserie-ferrand.fr" name="Odile Ferrand">Odile Ferrand</span></h3>` +
    `<div class="a3s"><p>Bonjour, voici le devis.</p></div></div></div>` +
    `<div role="listitem" aria-expanded="true"><div data-message-id="#msg-f:2"${attrs}>` +
    `<h3><span class="gD" email="basile.morand@atelier-morand.fr" name="Basile Morand">Basile Morand</span></h3>` +
    `${second}<div class="a3s"><p>Réponse en cours.</p></div></div></div>` +
    `</div></div></body></html>`;
  const window = new Window({ url: URL_, settings: { disableJavaScriptEvaluation: true } });
  window.document.write(html);
  return window.document as unknown as Document;
}

const senders = (doc: Document) => gmailDetector.detect(doc, new URL(URL_)).emails.map((e) => e.address);

describe('Gmail drafts inside a thread', () => {
  it('a plain second message is read', () => {
    expect(senders(thread(''))).toContain('basile.morand@atelier-morand.fr');
  });

  it.each([
    ['a form', '<form></form>'],
    ['a textarea', '<textarea></textarea>'],
    ['the .bxy compose block', '<div class="bxy"></div>'],
    ['an editable body', '<div contenteditable="true"></div>'],
    ['a g_editable body', '<div g_editable="true"></div>'],
    ['a textbox', '<div role="textbox"></div>'],
    ['a draft id', '<div data-draft-id="r-1"></div>'],
    ['.ag inside .ae4', '<div class="ae4"><div><span class="ag"></span></div></div>'],
    ['a "Brouillon" label .boq in the h3', '<h3><span class="boq">Brouillon</span></h3>'],
    ['a "Draft" font[color] in the h3', '<h3><font color="#dd4b39">Draft</font></h3>'],
  ])('%s makes it a draft', (_, marks) => {
    expect(senders(thread(marks))).not.toContain('basile.morand@atelier-morand.fr');
  });

  it('a msg-a:r id on the message (here its list item) makes it a draft', () => {
    const doc = thread('');
    const m = doc.querySelector('[data-message-id="#msg-f:2"]')!;
    m.removeAttribute('data-message-id');
    m.parentElement!.setAttribute('data-message-id', '#msg-a:r123');
    expect(senders(doc)).not.toContain('basile.morand@atelier-morand.fr');
  });

  it.each([
    ['.ag outside any .ae4', '<div><span class="ag"></span></div>'],
    ['a "Brouillon" .boq outside an h3', '<div><span class="boq">Brouillon</span></div>'],
    ['a "Draft" font[color] outside an h3', '<div><font color="#dd4b39">Draft</font></div>'],
    ['a font without color in the h3', '<h3><font>Draft</font></h3>'],
    ['a label that is not "draft"', '<h3><span class="boq">Important</span></h3>'],
  ])('%s does not', (_, marks) => {
    expect(senders(thread(marks))).toContain('basile.morand@atelier-morand.fr');
  });

  it("a reply box in a sent message's list item, below the message, leaves it the open message", () => {
    const doc = thread('<div class="ip iq"><div contenteditable="true" role="textbox">Merci, je relis.</div></div>');
    const m = doc.querySelector('[data-message-id="#msg-f:2"]')!;
    m.parentElement!.append(m.querySelector('.ip')!);
    const got = gmailDetector.detect(doc, new URL(URL_));
    expect(got.message?.from.email).toBe('basile.morand@atelier-morand.fr');
    expect(got.message?.bodyText).toContain('Réponse en cours.');
    expect(got.message?.bodyText).not.toContain('je relis');
  });

  it('the first label in document order decides (a .boq after a "Draft" font[color])', () => {
    const marks = '<h3><font color="red">Draft</font><span class="boq">Important</span></h3>';
    expect(senders(thread(marks))).not.toContain('basile.morand@atelier-morand.fr');
    const other = '<h3><span class="boq">Important</span><font color="red">Draft</font></h3>';
    expect(senders(thread(other))).toContain('basile.morand@atelier-morand.fr');
  });
});
