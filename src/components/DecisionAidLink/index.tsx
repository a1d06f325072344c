import { meta } from '@/content/frame'
import type { DecideSection } from '@/routes'
import { RouteLink } from '../RouteLink'

interface DecisionAidLinkProps {
  /** Where in the aid to open, e.g. 'recruiting' from the trial list. */
  section?: DecideSection
  children?: string
}

/** The way to the decision aid (pages/decide) from the pages where a reader weighs the treatment. */
export function DecisionAidLink({ section, children = meta.decisionAidTitle }: DecisionAidLinkProps) {
  return (
    <RouteLink className='pill decision-aid-link' to={{ route: 'decide', query: section ? { section } : {} }}>
      {`${children} ›`}
    </RouteLink>
  )
}
