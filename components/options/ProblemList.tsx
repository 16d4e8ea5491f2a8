import { MAX_PROBLEMS } from '../../lib/dataset/validate';

/** Why an import was refused: the first problems, each naming its record or row and field. */
export function ProblemList({ title, problems }: { title: string; problems: readonly string[] }) {
  return (
    <div class="problems" role="alert">
      <h3>{title}</h3>
      <p>Nothing was changed: the active dataset is still in use.</p>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>{p}</li>
        ))}
      </ul>
      {problems.length >= MAX_PROBLEMS && <p class="muted">Only the first {MAX_PROBLEMS} problems are listed; fix these and try again to see any others.</p>}
    </div>
  );
}
