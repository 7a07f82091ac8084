/**
 * A function of a string, remembered: pages repeat the same class strings and class words
 * thousands of times, so each is worked out once. The memo starts over when it holds `max`
 * entries, so a page of endless generated names cannot grow it without bound. `compute`
 * must not return undefined (that is the memo's "not yet"); null is fine.
 */
export function memoByString<T>(compute: (key: string) => T, max: number): (key: string) => T {
  const memo = new Map<string, T>();
  return (key) => {
    let value = memo.get(key);
    if (value === undefined) {
      value = compute(key);
      if (memo.size >= max) memo.clear();
      memo.set(key, value);
    }
    return value;
  };
}
