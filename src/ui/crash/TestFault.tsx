import { useDocumentStore } from "../app-context";
/**
 * A way for the browser tests to break one part of the page on purpose. It exists only in the build the
 * browser tests make (they define __WARRANT_TEST_FAULTS__ as true; every other build defines it as
 * false, and the bundler drops this component with the code that uses it). With `?fault=<part>` in the
 * address, that part throws while drawing once the open map has been edited.
 */

export function TestFault({ part }: { part: string }) {
  const edited = useDocumentStore((state) => state.revision > 0);
  if (edited && new URLSearchParams(window.location.search).get("fault") === part) {
    throw new Error(`a fault put into ${part} by a test`);
  }
  return null;
}
