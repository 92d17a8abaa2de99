import { NavLink } from 'react-router';
import { useProgrammes } from '../hooks/useProgrammes';

/** Links to the programmes; renders nothing until they are loaded (the page shows loading and errors). */
export function ProgrammeNav() {
  const { data } = useProgrammes();
  if (!data?.programmes.length) return null;
  return (
    <ul className="nav-list">
      {data.programmes.map((programme) => (
        <li key={programme.id}>
          <NavLink to={`/programmes/${encodeURIComponent(programme.id)}`}>{programme.name}</NavLink>
        </li>
      ))}
    </ul>
  );
}
