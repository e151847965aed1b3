/** What every group of routes is given: the shared services, the upload limits and the review pool. */
import type { ReviewPool } from './review-pool.js'
import type { Services } from './services.js'
import type { Limits } from './uploads.js'

/** What every group of routes is given. */
export interface RouteDeps {
  services: Services
  limits: Limits
  /** Where reviews run (worker threads). */
  pool: ReviewPool
}
