/** Adds `value` to the list kept under `key`, in place: building lists by copying them is quadratic. */
export function pushTo<K, V>(lists: Map<K, V[]>, key: K, value: V): void {
  const list = lists.get(key);
  if (list) list.push(value);
  else lists.set(key, [value]);
}
