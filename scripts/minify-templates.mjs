// A Vite plugin that minifies the CSS of Lit's css`` templates at build time (comments and
// whitespace), so the sources stay readable and the shipped file is smaller. Only templates
// without ${} are touched; html`` is left alone because templates nest inside one another.

/** Minifies the text of a css`` template. */
export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/([^\s:]):\s+/g, '$1:')
    .replace(/;}/g, '}')
    .trim();
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
