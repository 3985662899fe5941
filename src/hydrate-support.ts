// door-help/hydrate-support: import once, before `door-help/define/*`, on pages whose door-help
// elements were rendered by door-help/ssr, so Lit takes over the server's markup instead of
// rendering it again. (Without it the elements still end up right: they render afresh.)
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
