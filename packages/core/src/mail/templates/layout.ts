import { textDirection, type Language } from '@edutrack/i18n';
import { mailMessages } from '../mail-messages.ts';

/** Who a message comes from, shown at its top and bottom: "Riverside School · North Branch". */
export interface SchoolLine {
  school: string;
  branch: string | null;
}

/** A block of an email; every template is built from these, so text and HTML always say the same. */
export type Block = { p: string } | { link: { label: string; url: string } } | { list: string[] } | { note: string };

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function schoolLabel(from: SchoolLine): string {
  return from.branch ? `${from.school} · ${from.branch}` : from.school;
}

/** The plain-text and HTML parts of one email from its blocks. */
export function renderEmail(
  from: SchoolLine,
  subject: string,
  greeting: string,
  blocks: Block[],
  language: Language = 'en',
): RenderedEmail {
  const label = schoolLabel(from);
  const footer = mailMessages(language)._('mail.footer', { school: label });
  const text = [
    label,
    '',
    greeting,
    '',
    ...blocks.flatMap((b) => {
      if ('p' in b) return [b.p, ''];
      if ('note' in b) return [b.note, ''];
      if ('link' in b) return [`${b.link.label}: ${b.link.url}`, ''];
      return [...b.list.map((item) => `- ${item}`), ''];
    }),
    `-- \n${footer}`,
  ].join('\n');
  const body = blocks
    .map((b) => {
      if ('p' in b) return `<p style="margin:0 0 16px">${escapeHtml(b.p)}</p>`;
      if ('note' in b) return `<p style="margin:0 0 16px;color:#52606d;font-size:14px">${escapeHtml(b.note)}</p>`;
      if ('link' in b)
        return `<p style="margin:0 0 16px"><a href="${escapeHtml(b.link.url)}" style="display:inline-block;background:#1f5fbf;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;font-weight:600">${escapeHtml(b.link.label)}</a></p>`;
      return `<ul style="margin:0 0 16px;padding-left:20px">${b.list.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;
    })
    .join('\n');
  const html = `<!doctype html>
<html lang="${language}" dir="${textDirection(language)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;padding:24px;background:#f5f7fa;font:16px/1.5 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;color:#1f2933">
<div style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;padding:24px">
<p style="margin:0 0 16px;color:#52606d;font-size:14px">${escapeHtml(label)}</p>
<p style="margin:0 0 16px">${escapeHtml(greeting)}</p>
${body}
<p style="margin:24px 0 0;color:#7b8794;font-size:12px">${escapeHtml(footer)}</p>
</div></body></html>`;
  return { subject, text, html };
}
