import { launchFirefox } from './firefox-driver'
import { smokePaths } from './paths'

smokePaths('firefox', (setup) => launchFirefox(setup.firefox!))
