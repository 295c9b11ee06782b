import { z } from 'zod';
import { limits } from './limits.js';

/** Field schemas shared by the kinds and relationship types. */
export const text = z.string().trim().min(1, 'must not be empty').max(limits.shortText, `longer than ${limits.shortText} characters`);
export const longText = z.string().trim().min(1, 'must not be empty').max(limits.longText, `longer than ${limits.longText} characters`);
/** A reference to another node: its id (`kind:key`) or a `ref` alias declared in the same import. */
export const reference = z.string().trim().min(1, 'must not be empty').max(limits.refLength, `longer than ${limits.refLength} characters`);
export const textList = z.array(text).max(limits.listItems);
export const positiveInt = z.number().int().positive();
export const count = z.number().int().nonnegative();
export const amount = z.number().nonnegative();
