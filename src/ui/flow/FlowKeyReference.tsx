/** Every key of the flow sheet, always on screen under it, as a paper flow's cheat sheet would be. */
import { FLOW_KEYS } from "./flow-keys";

export function FlowKeyReference() {
  return (
    <section className="flow-keys" aria-label="Flow keys">
      <dl>
        {FLOW_KEYS.map((entry) => (
          <div key={entry.keys}>
            <dt>
              <kbd>{entry.keys}</kbd>
            </dt>
            <dd>{entry.does}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
