// door-help's template types: vue-tsc checks the tags' properties and events.
import type {} from 'door-help/vue';

declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent;
  export default component;
}
