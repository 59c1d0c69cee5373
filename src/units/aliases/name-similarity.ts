// Dice coefficient over character bigrams: short Chinese names share few
// characters, and bigrams weigh 卫计 against 卫健 better than edit distance does.

function bigrams(text: string): string[] {
  const chars = [...text];
  if (chars.length < 2) return chars;
  return chars.slice(1).map((char, index) => chars[index] + char);
}

/** Similarity of two names from 0 (nothing shared) to 1 (same bigrams). */
export function nameSimilarity(a: string, b: string): number {
  const left = bigrams(a);
  const right = bigrams(b);
  if (left.length === 0 || right.length === 0) return 0;
  const remaining = new Map<string, number>();
  for (const gram of right) remaining.set(gram, (remaining.get(gram) ?? 0) + 1);
  let shared = 0;
  for (const gram of left) {
    const count = remaining.get(gram) ?? 0;
    if (count > 0) {
      shared++;
      remaining.set(gram, count - 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}
