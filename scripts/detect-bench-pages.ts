/**
 * Synthetic pages for the detection benchmark (SPEC §8): a ~1 MB Gmail thread and a page with a
 * 100 KB hostile text node. Pure string builders; the bench script imports them.
 */

function message(i: number, expanded: boolean): string {
  const who = `person${i}@client${i % 7}.fr`;
  const para = `<p>Bonjour, voici le point ${i} sur le chantier, avec les quantités et les délais révisés. ` +
    `Merci de confirmer avant vendredi. Contact : compta [at] client${i % 7} [dot] fr · Tél. : 04 72 00 18 ${String(i % 100).padStart(2, '0')}</p>`;
  return `<div class="${expanded ? 'h7' : 'kv'}" role="listitem" aria-expanded="${expanded}"><div class="adn ads" data-message-id="#msg-f:17900000000${String(i).padStart(8, '0')}">` +
    `<h3><span class="gD" email="${who}" name="${["Anna","Paul","Marie","Luc","Jeanne","Hugo","Lea"][i % 7]} ${["Martin","Bernard","Durand","Petit","Robert","Richard","Moreau","Simon","Laurent","Michel","Garcia"][i % 11]}">Person</span></h3>` +
    `<span class="g3" title="mer. 13 mars 2024, 10:${String(i % 60).padStart(2, '0')}">10:42</span>` +
    `<table><tr><td>à :</td><td><span class="g2" email="owner@cabinet.fr" name="Owner Name">moi</span></td></tr></table>` +
    (expanded ? `<div class="a3s">${para.repeat(12)}<div class="gmail_quote">${para.repeat(6)}</div></div>` : '') +
    `</div></div>`;
}

/** A Gmail thread of about `bytes` (default 1 MB): many expanded messages with quoted history. */
export function gmailThreadPage(bytes = 1_000_000): { html: string; url: string } {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const m = message(i, i % 3 !== 0);
    parts.push(m);
    size += m.length;
  }
  const html = `<!DOCTYPE html><html lang="fr"><head><title>Chantier - owner@cabinet.fr - Gmail</title></head><body><div role="main">` +
    `<h2 class="hP" data-thread-perm-id="thread-f:1790000000000000000" data-legacy-thread-id="18e0">Chantier</h2>` +
    `<div role="list">${parts.join('')}</div></div></body></html>`;
  return { html, url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzBench' };
}

/** A company page whose one text node is `bytes` (default 100 KB) of near-miss addresses and obfuscation hints. */
export function hostileTextPage(bytes = 100_000): { html: string; url: string } {
  const unit = 'a@b a.a.a@ x [at] y [dot] +33 1 2 3 @@@ ' + 'aaaaaaaa'.repeat(8) + '.';
  const text = unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
  return {
    html: `<!DOCTYPE html><html><head><title>Hostile</title></head><body><p>${text}</p><p>contact@hostile-example.org</p></body></html>`,
    url: 'https://www.hostile-example.org/',
  };
}
