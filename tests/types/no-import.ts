// Without importing door-help, the tags are plain elements: the checks above do test the imports.
const element = document.createElement('door-diagnosis');
// @ts-expect-error unknown property without the import
element.answers = {};
export {};
