import { launchChromium } from './chromium-driver'
import { smokePaths } from './paths'

smokePaths('chromium', (setup) => launchChromium(setup.chromium!))
