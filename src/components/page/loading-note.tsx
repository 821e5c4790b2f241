import './loading-note.css'

export function LoadingNote({ label = 'Laster tall …' }: { label?: string }) {
  return (
    <p className="loading-note" role="status">
      {label}
    </p>
  )
}
