// A word diff (longest common subsequence): which words of an approved text a draft changed.

export type Edit<T> = { kind: 'same'; expected: T; actual: T } | { kind: 'missing'; expected: T } | { kind: 'added'; actual: T };

export function diffWords<T>(expected: readonly T[], actual: readonly T[], same: (a: T, b: T) => boolean): Edit<T>[] {
  const n = expected.length;
  const m = actual.length;
  // lcs[i][j]: length of the longest common subsequence of expected[i..] and actual[j..].
  const lcs = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i]![j] = same(expected[i]!, actual[j]!) ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const edits: Edit<T>[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && same(expected[i]!, actual[j]!)) edits.push({ kind: 'same', expected: expected[i++]!, actual: actual[j++]! });
    else if (j < m && (i === n || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) edits.push({ kind: 'added', actual: actual[j++]! });
    else edits.push({ kind: 'missing', expected: expected[i++]! });
  }
  return edits;
}
