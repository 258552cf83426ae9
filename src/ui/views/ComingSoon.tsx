/** A page not built yet: says what it will hold, so a newcomer knows where the path leads. */
import './views.css';

export function ComingSoon({ title, what }: { title: string; what: string }) {
  return (
    <section className="view" aria-labelledby="soon-title">
      <h2 id="soon-title">{title}</h2>
      <p className="coming-soon"><strong>Coming soon.</strong> {what}</p>
    </section>
  );
}
