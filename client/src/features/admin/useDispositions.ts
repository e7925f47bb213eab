/** The same list agents choose from at wrap-up; admins edit it. */
export { useDispositions } from '../phone';
