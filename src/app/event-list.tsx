import { useEffect, useState } from 'react';
import { datasetSchema, type Dataset } from '../data/schema';

type LoadState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; dataset: Dataset };

/** A plain list of the extracted events: the placeholder page until the dashboard lands. */
export const EventList = () => {
  const [state, setState] = useState<LoadState>({ status: 'loading' });
  useEffect(() => {
    fetch('/dataset.json')
      .then((res) => {
        if (!res.ok) throw new Error(`dataset.json: HTTP ${res.status}`);
        return res.json();
      })
      .then((json: unknown) => setState({ status: 'ready', dataset: datasetSchema.parse(json) }))
      .catch((error: Error) => setState({ status: 'error', message: error.message }));
  }, []);
  if (state.status === 'loading') return <p>Loading…</p>;
  if (state.status === 'error')
    return <p role="alert">Could not load the dataset: {state.message}</p>;
  const { dataset } = state;
  return (
    <main>
      <h1>Summit Timeline</h1>
      <p>
        {dataset.events.length} events from {dataset.articles.length} articles
      </p>
      <ol>
        {dataset.events.map((event) => (
          <li key={event.id}>
            <strong>{event.title}</strong> — {event.start}
            {event.end !== event.start ? ` to ${event.end}` : ''} ({event.precision}
            {event.inferred ? ', inferred' : ''}) · {event.countries.join(', ')} ·{' '}
            {event.topics.join(', ')} · {event.mentions.length} mention
            {event.mentions.length === 1 ? '' : 's'}
          </li>
        ))}
      </ol>
    </main>
  );
};
