/**
 * The readme preview's Markdown renderer, sanitised: raw HTML is shown as text (never passed through), links
 * keep their text but lose their href (nothing navigates inside the app), images become their alt text, and the
 * "[FILL IN: …]" marks of a generated readme are highlighted.
 */
import { Marked, type Tokens } from 'marked';

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const markdown = new Marked({ gfm: true, async: false });
markdown.use({
  renderer: {
    html({ text }: Tokens.HTML | Tokens.Tag) {
      return `<code class="md-raw-html">${escapeHtml(text)}</code>`;
    },
    link(token: Tokens.Link) {
      const inner = this.parser.parseInline(token.tokens);
      return `<span class="md-link" title="${escapeHtml(token.href)}">${inner}</span>`;
    },
    image({ text }: Tokens.Image) {
      return `<span class="md-image">[image: ${escapeHtml(text)}]</span>`;
    },
  },
});

const PLACEHOLDER_HTML = /\[FILL IN: ([^\]<\n]*)\]/g;

/** HTML safe to put in the page: every tag in it comes from marked's own renderers. */
export function renderMarkdown(text: string): string {
  const html = markdown.parse(text, { async: false });
  return html.replace(PLACEHOLDER_HTML, (_match, hint: string) => `<mark class="md-placeholder">[FILL IN: ${hint}]</mark>`);
}
