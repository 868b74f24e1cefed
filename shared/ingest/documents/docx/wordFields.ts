/**
 * Complex fields (w:fldChar begin … separate … end), which nest: what stands between begin and separate
 * is the field's instructions (e.g. `PAGEREF _Toc1 \h`), not text; what follows up to end is its result.
 */
export interface WordFields {
  /** True while in the instructions of a field. */
  readonly inInstructions: boolean;
  /** A w:fldChar of the given w:fldCharType. */
  fieldChar(type: string | undefined): void;
}

export function createWordFields(): WordFields {
  const fields: boolean[] = []; // per open field: true while in its instructions
  let fieldInstructions = 0;
  return {
    get inInstructions() {
      return fieldInstructions > 0;
    },

    fieldChar(type) {
      if (type === 'begin') {
        fields.push(true);
        fieldInstructions++;
      } else if (type === 'separate') {
        if (fields[fields.length - 1] === true) {
          fields[fields.length - 1] = false;
          fieldInstructions--;
        }
      } else if (type === 'end') {
        if (fields.pop() === true) fieldInstructions--;
      }
    },
  };
}
