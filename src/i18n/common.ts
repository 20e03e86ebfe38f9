/**
 * The shared UI strings in both languages at once, for pure code that cannot wait for the English ones to load (the
 * chart model, the spotlight's related figures). Elements speak through `this.common`, which loads English on demand.
 */
import type { Lang } from '../format/text.js';
import { commonUi, type CommonStrings } from './common.strings.js';
import { en } from './common.strings.en.js';

export type { CommonStrings };

export const commonStrings: Record<Lang, CommonStrings> = { nl: commonUi.nl, en };
