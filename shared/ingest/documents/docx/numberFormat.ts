/** A number as Word prints it in a note mark (w:numFmt): decimal, roman, letters or Chicago symbols. */
export function formatNumber(value: number, format: string): string {
  const n = Math.max(1, Math.floor(value));
  switch (format) {
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    case 'lowerLetter':
      return letters(n);
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'chicago': {
      const symbols = ['*', '†', '‡', '§'];
      return (symbols[(n - 1) % 4] as string).repeat(Math.floor((n - 1) / 4) + 1);
    }
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    default:
      return String(n);
  }
}

function roman(n: number): string {
  if (n >= 4000) return String(n);
  const table: [number, string][] = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let rest = n;
  let out = '';
  for (const [value, numeral] of table) {
    while (rest >= value) {
      out += numeral;
      rest -= value;
    }
  }
  return out;
}

/** a … z, then aa … zz, as Word counts letters. */
function letters(n: number): string {
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}
