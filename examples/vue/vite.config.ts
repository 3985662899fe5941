import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

// The README's recipe: tell Vue which tags are custom elements.
export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('door-') || tag === 'repair-cost' } } })],
});
