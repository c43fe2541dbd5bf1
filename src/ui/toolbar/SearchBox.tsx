/**
 * Search over text, labels, attribution and tags. Ctrl+F (or ⌘F) and "/" jump here from anywhere; Enter
 * and Shift+Enter step through the matches, each selected and centred on the canvas; Escape clears.
 */
import { useEffect, useRef } from "react";
import { useApp, useExploreView, useUiStore } from "../app-context";
import { typingIn } from "../edit/typing";

export function SearchBox() {
  const app = useApp();
  const { stepMatch } = app.commands.explore;
  const query = useUiStore((state) => state.searchQuery);
  const setQuery = useUiStore((state) => state.setSearchQuery);
  const index = useUiStore((state) => state.searchIndex);
  const count = useExploreView((view) => view.matches.length);
  const input = useRef<HTMLInputElement>(null);
  useSearchShortcut(input);

  const status =
    query.trim() === ""
      ? ""
      : count === 0
        ? "No matches"
        : index < 0
          ? `${count} ${count === 1 ? "match" : "matches"}`
          : `${index + 1} of ${count}`;

  return (
    <search className="search-box">
      <label htmlFor="map-search" className="visually-hidden">
        Search the map
      </label>
      <input
        ref={input}
        id="map-search"
        type="search"
        placeholder="Search (Ctrl+F or /)"
        autoComplete="off"
        value={query}
        aria-describedby="map-search-status"
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === "Enter") {
            event.preventDefault();
            stepMatch(event.shiftKey ? -1 : 1);
          } else if (event.key === "Escape") {
            event.preventDefault();
            if (query !== "") setQuery("");
            else event.currentTarget.blur();
          }
        }}
      />
      <span id="map-search-status" className="search-status" role="status">
        {status}
      </span>
      <button type="button" onClick={() => stepMatch(-1)} disabled={count === 0} aria-label="Previous match">
        ↑
      </button>
      <button type="button" onClick={() => stepMatch(1)} disabled={count === 0} aria-label="Next match">
        ↓
      </button>
    </search>
  );
}

function useSearchShortcut(input: React.RefObject<HTMLInputElement | null>) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const findKey = (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === "f";
      const slash =
        event.key === "/" && !event.ctrlKey && !event.metaKey && !event.altKey && !typingIn(event.target);
      if (!findKey && !slash) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [input]);
}
