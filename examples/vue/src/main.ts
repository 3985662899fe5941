import { createApp } from 'vue';
import 'door-help/define/all';
import 'door-help/locales/es';
import App from './App.vue';

createApp(App).mount('#app');
