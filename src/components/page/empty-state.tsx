import './empty-state.css'

export function EmptyState({ children }: { children: string }) {
  return (
    <p className="empty-state" role="status">
      {children}
    </p>
  )
}
