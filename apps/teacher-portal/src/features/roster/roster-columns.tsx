import { DataTable } from '../../components/data-table.tsx';

/** The roster file's columns (docs/decisions/005-roster-import.md), explained for whoever exports it. */
const COLUMNS = [
  [
    'student_ref',
    'Yes',
    'The school’s own ID for the child, e.g. R-401. Rows are matched on it, so keep it the same between imports.',
  ],
  ['student_name', 'Yes', 'The child’s full name. A changed name updates the child.'],
  ['class', 'No', 'The class the child is in, e.g. Year 4 Blue.'],
  [
    'year_group',
    'No',
    'That class’s year group, e.g. Year 4, Grade 3 or Reception; the same on every row of the class. Left empty, a class keeps the one it has.',
  ],
  ['teacher_email', 'No', 'The email of that class’s teacher. New teachers get an email invitation to set a password.'],
  ['teacher_name', 'No', 'The teacher’s name, used when the teacher is new.'],
  ['guardian_email', 'No', 'A parent’s email; they sign in to the parent app with it.'],
  ['guardian_name', 'No', 'The parent’s name, used when the parent is new.'],
] as const;

export function RosterColumns() {
  return (
    <details className="panel">
      <summary>What the file must contain</summary>
      <p>
        A CSV file with a header row and one row per child and parent (a child with two parents has two rows). Header
        names are case-insensitive. Importing is all or nothing, adds and updates but never deletes, and is safe to
        repeat.
      </p>
      <DataTable
        caption="Roster columns"
        columns={['Column', 'Required', 'Meaning']}
        rows={COLUMNS.map(([name, required, meaning]) => ({
          key: name,
          cells: [<code>{name}</code>, required, meaning],
        }))}
      />
    </details>
  );
}
