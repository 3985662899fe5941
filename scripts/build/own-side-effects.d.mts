export function ownSideEffects(): { name: string; transform(code: string, id: string): { code: string; moduleSideEffects: boolean } | null };
