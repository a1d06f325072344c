// The one reader of a page's query, typed by the route that the page serves.
import { useRouter } from '@tarojs/taro'
import type { ReceivedParams, RouteName } from '@/routes'

/** This page's query as WeChat hands it over, e.g. `usePageParams<'trial'>()`: the keys its route takes, none guaranteed. */
export function usePageParams<R extends RouteName>(): ReceivedParams<R> {
  return useRouter<ReceivedParams<R>>().params
}
