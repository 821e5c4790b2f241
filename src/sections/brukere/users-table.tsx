import { DataTable, MissingValue } from '@/components/tables/data-table'
import { TABLE_FOLD, TableScroll } from '@/components/tables/table-scroll'
import type { Datasets } from '@/data/schema'
import { USERS_TABLE } from '@/metrics/chart-embeds'
import { usersCellText, type UsersMeasure } from '@/metrics/users-series'

/** The line chart's figures as a table: one row an age group, one column a year. */
export function UsersTable({
  users,
  selected,
  years,
  measure,
  source,
}: {
  source: string
  users: Datasets['users']
  selected: readonly { id: string; label: string }[]
  years: readonly number[]
  measure: UsersMeasure
}) {
  return (
    <TableScroll
      label={USERS_TABLE.label}
      fold={TABLE_FOLD}
      download={{
        filename: measure === 'brukere' ? 'brukere-etter-alder' : 'brukerfrekvens-etter-alder',
        source,
      }}
    >
      <DataTable
        caption={USERS_TABLE.caption[measure]}
        rowHeader={USERS_TABLE.ageGroup}
        columns={years.map((y) => ({ id: String(y), header: y, numeric: true }))}
        rows={selected.map((a) => ({
          key: a.id,
          header: a.label,
          cells: years.map((y) => usersCellText(users.rows, a.id, y, measure) ?? <MissingValue />),
        }))}
      />
    </TableScroll>
  )
}
