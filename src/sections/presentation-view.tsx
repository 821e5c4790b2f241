import { Presentation } from '@/components/presentation'
import type { DatasetStates } from '@/data/use-datasets'
import { useViewStore } from '@/state/view-store'
import { useArguments } from './use-arguments'

/** Presentation mode over the page, when the link or the button asks for a slide. */
export function PresentationView({ states }: { states: DatasetStates }) {
  const slide = useViewStore((s) => s.slide)
  const setSlide = useViewStore((s) => s.setSlide)
  const { cards } = useArguments(states)
  if (slide === null || cards.length === 0) return null
  const index = Math.min(slide, cards.length) - 1
  return (
    <Presentation
      slides={cards}
      index={index}
      onIndexChange={(i) => setSlide(i + 1)}
      onClose={() => setSlide(null)}
    />
  )
}
