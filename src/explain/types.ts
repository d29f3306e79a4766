/**
 * Shared vocabulary of the words module: the colour family a piece of text belongs to. The text
 * always says the same thing in words (colour is never the only cue).
 */

/**
 * `allow` green, `explicitDeny` red, `implicitDeny` amber, `fail` red (a rejection after
 * authorization or a false condition), `pass` green, `neutral` grey.
 */
export type Tone = 'allow' | 'explicitDeny' | 'implicitDeny' | 'fail' | 'pass' | 'neutral';
