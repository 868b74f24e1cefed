import { CODE_PALETTE } from './copyFramework';
import { EMPTY_CODE_TEXTS, type Code, type CodeTexts, type Id } from '../domain';
import { childrenOf } from './codeTree';

/**
 * A new code of the evaluator's own, last under its parent. A child belongs to its parent's framework
 * (and, in the results matrix, to its cell); a top-level code to the framework given (null: own codes).
 */
export function newCode(
  codes: readonly Code[],
  input: { evaluationId: Id; parentId: Id | null; frameworkId: string | null; texts: Partial<CodeTexts>; colour?: string },
  id: Id,
  now: string,
): Code {
  const parent = input.parentId === null ? null : (codes.find((code) => code.id === input.parentId) ?? null);
  const frameworkId = parent ? parent.frameworkId : input.frameworkId;
  const siblings = childrenOf(codes, parent?.id ?? null, frameworkId);
  const order = siblings.reduce((max, code) => Math.max(max, code.order), -1) + 1;
  return {
    ...EMPTY_CODE_TEXTS,
    ...input.texts,
    id,
    evaluationId: input.evaluationId,
    frameworkId,
    frameworkCodeId: null,
    parentId: parent?.id ?? null,
    matrixCell: parent?.matrixCell ?? null,
    colour: input.colour ?? parent?.colour ?? (CODE_PALETTE[codes.length % CODE_PALETTE.length] as string),
    shortcut: null,
    order,
    createdAt: now,
  };
}

/** Normalises a shortcut key: one digit or letter (a-z, å, ä, ö), lower case; anything else is none. */
export function normaliseShortcut(value: string | null | undefined): string | null {
  const key = (value ?? '').trim().toLowerCase();
  return /^[0-9a-zåäö]$/.test(key) ? key : null;
}
