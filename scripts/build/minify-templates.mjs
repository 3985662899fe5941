// A Vite plugin that minifies the CSS of Lit's css`` templates at build time, so the sources
// stay readable and the shipped file is smaller. Only templates without ${} are touched; html``
// is left alone because templates nest inside one another.
import { transform } from 'lightningcss';

/**
 * Minifies the text of a css`` template with lightningcss (the CSS tool Vite itself ships), which
 * understands CSS: strings such as `content: '✕  '` or `"Fira  Sans"` keep their spaces. No
 * `targets`, so modern syntax (light-dark(), :has()) is kept as written, not down-levelled.
 */
export function minifyCss(text) {
  return transform({ filename: 'template.css', code: Buffer.from(text), minify: true }).code.toString();
}

const CSS_TEMPLATE = /\bcss`([^`$\\]*)`/g;

export function minifyCssTemplates() {
  return {
    name: 'door-help:minify-css-templates',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      return { code: code.replace(CSS_TEMPLATE, (_, body) => `css\`${minifyCss(body)}\``), map: null };
    },
  };
}
