/**
 * Emergency steps that apply to some readers only: a rear door (the child lock), someone inside
 * who needs that door (another exit), someone stuck or unwell (the call). The tick count counts
 * them once the reader ticks them, so "0 of 5 steps done" is what this reader has left to do.
 */
export const stepsOnlySometimes: readonly string[] = ['child-lock', 'other-exit', 'call-emergency'];
