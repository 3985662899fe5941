// The package's types point at a .mjs file without a .d.mts beside it; this is its one export.
declare module '@web/test-runner-visual-regression' {
  export function visualDiff(element: Node, name: string): Promise<void>;
}
