import { launchWebKit } from './webkit-driver'
import { smokePaths } from './paths'

smokePaths('webkit', (setup) =>
  launchWebKit({ ...setup.webkit!, viewportHost: new URL('viewport/', setup.hostUrl).href }),
)
